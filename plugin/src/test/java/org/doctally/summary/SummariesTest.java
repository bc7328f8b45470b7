package org.doctally.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.doctally.engine.DocumentEngine;
import org.doctally.report.DocumentResult;
import org.doctally.report.Finding;
import org.doctally.report.StaleValue;
import org.junit.jupiter.api.Test;

/** Small documents, each showing one rule of summary blocks. */
class SummariesTest {

    private final DocumentEngine engine = new DocumentEngine();

    private DocumentResult process(String text) {
        return engine.process("doc.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private String applied(String text) {
        DocumentResult result = process(text);
        assertThat(result.changed()).as("the document is rewritten").isTrue();
        return new String(result.updated(), StandardCharsets.UTF_8);
    }

    @Test
    void groupsInNaturalOrder() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | Groupe 10 | 5 |
                | Groupe 2 | 7 |
                | Groupe 1 | 3 |
                | Groupe 2 | 1 |

                <!-- doctally:summary by="Groupe" sum="Min" count="Lignes" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).endsWith("""
                <!-- doctally:summary by="Groupe" sum="Min" count="Lignes" -->

                | Groupe    | Min | Lignes |
                | --------- | --: | -----: |
                | Groupe 1  |   3 |      1 |
                | Groupe 2  |   8 |      2 |
                | Groupe 10 |   5 |      1 |
                | Total     |  16 |      4 |

                <!-- /doctally:summary -->
                """);
    }

    @Test
    void caseAndSpacingVariantsAreOneGroup() {
        String text = """
                | # | Focus group |
                | --- | --- |
                | 1 | Focus Group 5(PACA + Corse) |
                | 2 | Focus group 5 (PACA + Corse) |
                | 3 | focus group 5 (PACA+Corse) |
                | 4 | Focus group 5 (PACA + Corse) |

                <!-- doctally:summary by="focus GROUP" count="N" -->
                <!-- /doctally:summary -->
                """;

        DocumentResult result = process(text);

        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).contains("""
                | Focus group                  |   N |
                | ---------------------------- | --: |
                | Focus group 5 (PACA + Corse) |   4 |
                | Total                        |   4 |
                """);
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "doc.md:4:7: 'Focus group 5 (PACA + Corse)' is also written 'Focus Group 5(PACA + Corse)' on line 3",
                "doc.md:4:7: 'Focus group 5 (PACA + Corse)' is also written 'focus group 5 (PACA+Corse)' on line 5");
    }

    @Test
    void equallyFrequentSpellingsShowTheFirstSeen() {
        String text = """
                | Site | Visites |
                | --- | --- |
                | Nancy centre | 2 |
                | NANCY Centre | 3 |
                | NANCY Centre | 1 |
                | Nancy centre | 4 |

                <!-- doctally:summary by="1" sum="2" -->
                <!-- /doctally:summary -->
                """;

        DocumentResult result = process(text);

        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).contains("| Nancy centre |      10 |");
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "doc.md:3:3: 'Nancy centre' is also written 'NANCY Centre' on lines 4 and 5");
    }

    @Test
    void noBreakSpaceIsNotAnotherSpelling() {
        String text = """
                <table>
                <tr><th>Groupe</th><th>Min</th></tr>
                <tr><td>Focus group 2</td><td>5</td></tr>
                <tr><td>Focus&nbsp;group  2</td><td>7</td></tr>
                </table>

                <!-- doctally:summary by="Groupe" sum="Min" -->
                <!-- /doctally:summary -->
                """;

        DocumentResult result = process(text);

        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).contains("| Focus group 2 |  12 |");
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void outdatedSummaryIsRewrittenWhole() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |
                | B | 7 |

                Text before the block stays.
                <!-- doctally:summary by="Groupe" sum="Min" -->
                An old hand-made summary: A 4, B 7.
                <!-- /doctally:summary -->
                Text after the block stays.
                """;

        DocumentResult result = process(text);

        assertThat(result.staleValues()).extracting(StaleValue::toString).containsExactly(
                "doc.md:7:1: stale summary by column 'Groupe' (found 'An old hand-made summary: A 4, B 7.', expected a blank line)");
        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).isEqualTo("""
                | Groupe | Min |
                | --- | --- |
                | A | 5 |
                | B | 7 |

                Text before the block stays.
                <!-- doctally:summary by="Groupe" sum="Min" -->

                | Groupe | Min |
                | ------ | --: |
                | A      |   5 |
                | B      |   7 |
                | Total  |  12 |

                <!-- /doctally:summary -->
                Text after the block stays.
                """);
    }

    @Test
    void newGroupAddsASummaryRow() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |
                | B | 7 |

                <!-- doctally:summary by="Groupe" sum="Min" -->

                | Groupe | Min |
                | ------ | --: |
                | A      |   5 |
                | Total  |   5 |

                <!-- /doctally:summary -->
                """;

        DocumentResult result = process(text);

        assertThat(result.staleValues()).extracting(StaleValue::toString).containsExactly(
                "doc.md:6:1: stale summary by column 'Groupe' (found '| Total | 5 |', expected '| B | 7 |')");
        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).contains("""
                | A      |   5 |
                | B      |   7 |
                | Total  |  12 |
                """);
    }

    @Test
    void missingTotalRowIsReportedAsEndMarker() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                <!-- doctally:summary by="Groupe" sum="Min" -->

                | Groupe | Min |
                | ------ | --: |
                | A      |   5 |

                <!-- /doctally:summary -->
                """;

        assertThat(process(text).staleValues()).extracting(StaleValue::toString).containsExactly(
                "doc.md:5:1: stale summary by column 'Groupe' (found a blank line, expected '| Total | 5 |')");
    }

    @Test
    void crlfDocumentGetsCrlfLines() {
        String text = String.join("\r\n",
                "| Groupe | Min |",
                "| --- | --- |",
                "| A | 5 |",
                "",
                "<!-- doctally:summary by=\"Groupe\" sum=\"Min\" -->",
                "<!-- /doctally:summary -->",
                "");

        assertThat(applied(text)).isEqualTo(String.join("\r\n",
                "| Groupe | Min |",
                "| --- | --- |",
                "| A | 5 |",
                "",
                "<!-- doctally:summary by=\"Groupe\" sum=\"Min\" -->",
                "",
                "| Groupe | Min |",
                "| ------ | --: |",
                "| A      |   5 |",
                "| Total  |   5 |",
                "",
                "<!-- /doctally:summary -->",
                ""));
    }

    @Test
    void numbersKeepTheDocumentsStyle() {
        String text = """
                | Poste | Montant (€) |
                | --- | --- |
                | Terrain | 1 250,50 |
                | Terrain | 800 |
                | Transcription | 2 000,25 |

                <!-- doctally:summary by="Poste" sum="Montant (€)" average="2" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).contains("""
                | Poste         | Montant (€) | Montant (€) |
                | ------------- | ----------: | ----------: |
                | Terrain       |    2 050,50 |    1 025,25 |
                | Transcription |    2 000,25 |    2 000,25 |
                | Total         |    4 050,75 |    1 350,25 |
                """);
    }

    @Test
    void averageOfWholeNumbersShowsTwoDecimals() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |
                | A | 6 |
                | B | 7 |

                <!-- doctally:summary by="Groupe" average="Min" min="Min" max="Min" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).contains("""
                | Groupe |  Min | Min | Min |
                | ------ | ---: | --: | --: |
                | A      | 5,50 |   5 |   6 |
                | B      | 7,00 |   7 |   7 |
                | Total  | 6,00 |   5 |   7 |
                """);
    }

    @Test
    void checkedCountsTickedBoxesPerGroup() {
        String text = """
                | Groupe | Retranscription ? |
                | --- | --- |
                | A | [x] Done |
                | A | [ ] Done |
                | B | [X] Done |

                <!-- doctally:summary by="Groupe" checked="Retranscription ?" count="Entretiens" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).contains("""
                | Groupe | Retranscription ? | Entretiens |
                | ------ | ----------------: | ---------: |
                | A      |                 1 |          2 |
                | B      |                 1 |          1 |
                | Total  |                 2 |          3 |
                """);
    }

    @Test
    void rowspanLabelNamesEveryRowItCovers() {
        String text = """
                <table>
                <tr><th>Focus group</th><th>Durée</th></tr>
                <tr><td rowspan="2">Focus group 1</td><td>40</td></tr>
                <tr><td>20</td></tr>
                <tr><td>Focus group 2</td><td>30</td></tr>
                </table>

                <!-- doctally:summary by="Focus group" count="Participants" sum="Durée" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).contains("""
                | Focus group   | Participants | Durée |
                | ------------- | -----------: | ----: |
                | Focus group 1 |            2 |    60 |
                | Focus group 2 |            1 |    30 |
                | Total         |            3 |    90 |
                """);
    }

    @Test
    void totalRowsOfTheTableAreNotData() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |
                | B | 7 |
                | **Total** | 12 |

                <!-- doctally:summary by="Groupe" sum="Min" count="N" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).contains("| Total  |  12 |   2 |");
    }

    @Test
    void summarisesTheNearestTableAbove() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                | Site | Min |
                | --- | --- |
                | Nancy | 3 |

                <!-- doctally:summary by="Site" sum="Min" -->
                <!-- /doctally:summary -->

                <!-- doctally:summary by="Site" count="N" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).endsWith("""
                <!-- doctally:summary by="Site" sum="Min" -->

                | Site  | Min |
                | ----- | --: |
                | Nancy |   3 |
                | Total |   3 |

                <!-- /doctally:summary -->

                <!-- doctally:summary by="Site" count="N" -->

                | Site  |   N |
                | ----- | --: |
                | Nancy |   1 |
                | Total |   1 |

                <!-- /doctally:summary -->
                """);
    }

    @Test
    void blockRightUnderAnHtmlTableIsStable() {
        String text = """
                <table>
                <tr><th>Groupe</th><th>Min</th></tr>
                <tr><td>A</td><td>5</td></tr>
                </table>
                <!-- doctally:summary by="Groupe" sum="Min" -->
                <!-- /doctally:summary -->
                """;

        String applied = applied(text);

        assertThat(applied).endsWith("""
                </table>
                <!-- doctally:summary by="Groupe" sum="Min" -->

                | Groupe | Min |
                | ------ | --: |
                | A      |   5 |
                | Total  |   5 |

                <!-- /doctally:summary -->
                """);
        assertThat(process(applied).changed()).isFalse();
    }

    @Test
    void labelsAreEscapedInTheSummary() {
        String text = """
                <table>
                <tr><th>Code</th><th>N</th></tr>
                <tr><td>a|b *c*</td><td>1</td></tr>
                </table>

                <!-- doctally:summary by="Code" sum="N" -->
                <!-- /doctally:summary -->
                """;

        assertThat(applied(text)).contains("| a\\|b \\*c\\* |   1 |");
    }

    @Test
    void summaryInsideBlockQuoteKeepsItsMarkers() {
        String text = """
                > | Groupe | Min |
                > | --- | --- |
                > | A | 5 |
                >
                > <!-- doctally:summary by="Groupe" sum="Min" -->
                > <!-- /doctally:summary -->
                """;

        String applied = applied(text);

        assertThat(applied).endsWith("""
                > <!-- doctally:summary by="Groupe" sum="Min" -->
                >
                > | Groupe | Min |
                > | ------ | --: |
                > | A      |   5 |
                > | Total  |   5 |
                >
                > <!-- /doctally:summary -->
                """);
        assertThat(process(applied).changed()).isFalse();
    }

    @Test
    void skipsCellsThatAreNotNumbers() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |
                | A | n.d. |
                |  | 4 |

                <!-- doctally:summary by="Groupe" sum="Min" -->
                <!-- /doctally:summary -->
                """;

        DocumentResult result = process(text);

        assertThat(new String(result.updated(), StandardCharsets.UTF_8)).contains("| A      |   5 |\n| Total  |   5 |");
        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "doc.md:5:1: this row has no group in column 'Groupe'; the summary leaves it out",
                "doc.md:4:7: 'n.d.' in column 'Min' is not a number; the summary skips it");
    }

    @Test
    void noTableAboveIsAnError() {
        String text = """
                <!-- doctally:summary by="Groupe" sum="Min" -->
                <!-- /doctally:summary -->

                | Groupe | Min |
                | --- | --- |
                | A | 5 |
                """;

        DocumentResult result = process(text);

        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "doc.md:1:1: there is no table above this doctally:summary; write the block after the table it summarises");
        assertThat(result.changed()).isFalse();
    }

    @Test
    void unknownColumnIsAnError() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                <!-- doctally:summary by="Group" sum="Durée" -->
                <!-- /doctally:summary -->
                """;

        DocumentResult result = process(text);

        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "doc.md:5:1: the table at line 1 has no column 'Group'; name a column by its header text or its position from 1",
                "doc.md:5:1: the table at line 1 has no column 'Durée'; name a column by its header text or its position from 1");
        assertThat(result.changed()).isFalse();
    }

    @Test
    void unknownKeyIsAnError() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                <!-- doctally:summary by="Groupe" total="Min" -->
                <!-- /doctally:summary -->
                """;

        assertThat(process(text).findings()).extracting(Finding::toString).containsExactly(
                "doc.md:5:1: invalid doctally:summary directive: unknown key 'total'; the keys are by, count, sum,"
                        + " average, min, max and checked");
    }

    @Test
    void missingByIsAnError() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                <!-- doctally:summary sum="Min" -->
                <!-- /doctally:summary -->
                """;

        assertThat(process(text).findings()).extracting(Finding::toString).containsExactly(
                "doc.md:5:1: invalid doctally:summary directive: 'by' is missing; name the column that contains the"
                        + " groups, as by=\"2\"");
    }

    @Test
    void missingEndMarkerIsAnError() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                <!-- doctally:summary by="Groupe" sum="Min" -->

                Next paragraph.
                """;

        DocumentResult result = process(text);

        assertThat(result.findings()).extracting(Finding::toString).containsExactly(
                "doc.md:5:1: this doctally:summary has no end marker; write <!-- /doctally:summary --> on the line below it");
        assertThat(result.changed()).isFalse();
    }

    @Test
    void endMarkerWithoutStartIsAnError() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                <!-- /doctally:summary -->
                """;

        assertThat(process(text).findings()).extracting(Finding::toString).containsExactly(
                "doc.md:5:1: this <!-- /doctally:summary --> closes no summary; write <!-- doctally:summary by=\"...\" -->"
                        + " above it or remove it");
    }

    @Test
    void blockInCodeFenceIsAnExample() {
        String text = """
                | Groupe | Min |
                | --- | --- |
                | A | 5 |

                ```
                <!-- doctally:summary by="Groupe" sum="Min" -->
                <!-- /doctally:summary -->
                ```
                """;

        DocumentResult result = process(text);

        assertThat(result.changed()).isFalse();
        assertThat(result.findings()).isEmpty();
    }
}
