package nl.sociaaldomein.atelier.profile.groningen;

import java.util.List;
import nl.sociaaldomein.atelier.profile.Label;

/** The reports of 000_54832993d59957fc.txt, as data for the report and render packages. */
public final class GroningenReports {

    /** The annex "Bijlage: Toekenningen Innovatieateliers Sociaal Domein": one row per grant, with a total. */
    public static final ReportFormatData GRANTS_ANNEX = new ReportFormatData("grants-annex",
        new Label("Toekenningen Innovatieateliers Sociaal Domein", "Grants of the Social Domain Innovation Workshops"),
        List.of(new Label("Instantie", "Organisation"), new Label("naam pitch", "pitch name"), new Label("bedrag", "amount")));

    /** The letter's account of a round: "Van de 43 ideeën hebben we uiteindelijk 19 initiatieven financieel gehonoreerd". */
    public static final ReportFormatData ROUND_SUMMARY = new ReportFormatData("round-summary",
        new Label("Gehonoreerde initiatieven", "Funded initiatives"), List.of(
            new Label("ideeën", "ideas"),
            new Label("financieel gehonoreerd", "funded"),
            new Label("verbonden met andere partijen of een WIJ-team", "connected to other parties or a WIJ team"),
            new Label("wordt nog verder uitgewerkt", "still being worked out"),
            new Label("niet gehonoreerd", "not funded"),
            new Label("teruggetrokken", "withdrawn"),
            new Label("toegekend bedrag", "amount granted"),
            new Label("beschikbaar budget", "budget available")));

    /** The progress report that goes with the half-year report of the P&C cycle; sections are an assumption. */
    public static final ReportFormatData HALF_YEAR_PROGRESS = new ReportFormatData("half-year-progress",
        new Label("Voortgang Innovatieatelier Sociaal Domein", "Progress of the Social Domain Innovation Workshop"), List.of(
            new Label("inhoudelijke voortgang", "progress in content"),
            new Label("financiële voortgang", "financial progress"),
            new Label("netwerkbijeenkomsten", "network meetings")));

    public static final List<ReportFormatData> FORMATS = List.of(GRANTS_ANNEX, ROUND_SUMMARY, HALF_YEAR_PROGRESS);

    private GroningenReports() {
    }
}
