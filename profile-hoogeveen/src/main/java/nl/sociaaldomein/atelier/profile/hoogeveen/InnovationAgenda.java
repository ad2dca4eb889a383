package nl.sociaaldomein.atelier.profile.hoogeveen;

import nl.sociaaldomein.atelier.text.Text;
import java.util.List;
import java.util.Objects;

/**
 * The innovation agenda the motion asks for (002_9515f7258e93469e.txt: "samen met inwoners en
 * zorgaanbieders een innovatieagenda op te stellen met uitdagingen voor de transformatie van het
 * sociaal domein"): per theme, the challenges. The motion names the themes but no challenge, so
 * {@link #OF_THE_MOTION} has none yet; a municipality fills them in when it has drawn them up.
 *
 * @param themes      the themes in the agenda's order, each with its challenges
 * @param drawnUpWith who drew the agenda up with the municipality
 */
public record InnovationAgenda(List<Theme> themes, List<Text> drawnUpWith) {

    /** The motion's themes, no challenges yet, drawn up with residents and care providers. */
    public static final InnovationAgenda OF_THE_MOTION = new InnovationAgenda(HoogeveenThemes.ALL,
        List.of(new Text("inwoners", "residents"), new Text("zorgaanbieders", "care providers")));

    /** One theme of the agenda: its id (the theme code initiatives carry), its name and its challenges ("uitdagingen"). */
    public record Theme(String id, Text name, List<Text> challenges) {
        public Theme {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            challenges = List.copyOf(challenges);
        }
    }

    public InnovationAgenda {
        themes = List.copyOf(themes);
        drawnUpWith = List.copyOf(drawnUpWith);
        if (themes.stream().map(Theme::id).distinct().count() != themes.size()) {
            throw new IllegalArgumentException("a theme occurs twice in the agenda: " + themes.stream().map(Theme::id).toList());
        }
    }
}
