package nl.sociaaldomein.atelier.profile.hoogeveen;

import java.util.List;
import nl.sociaaldomein.atelier.initiative.IntakeChannel;
import nl.sociaaldomein.atelier.profile.Label;

/**
 * How Hoogeveen's motion (002_9515f7258e93469e.txt) asks support to be given, as data for the
 * allocation policy and calls of the integration step.
 */
public final class HoogeveenSupport {

    /** "inwoners en maatschappelijke organisaties eenmalige ondersteuning moeten kunnen krijgen": one grant per initiative. */
    public static final boolean ONE_OFF = true;

    /** "uitgenodigd te worden en plannen of ideeën te pitchen": initiatives come in by pitch. */
    public static final IntakeChannel INTAKE = IntakeChannel.INNOVATION_WORKSHOP_PITCH;

    /**
     * "een deel van de (beschikbare of nog beschikbaar te komen) middelen in het sociale domein
     * specifiek te gebruiken voor innovatie": the budget is a share of the social-domain means;
     * the motion names neither share nor amount.
     */
    public static final Label BUDGET = new Label("innovatiebudget sociaal domein", "social domain innovation budget");

    /** "samen met inwoners en zorgaanbieders een innovatieagenda op te stellen met uitdagingen". */
    public static final List<Label> AGENDA_DRAWN_UP_WITH = List.of(
        new Label("inwoners", "residents"), new Label("zorgaanbieders", "care providers"));

    private HoogeveenSupport() {
    }
}
