package org.myelin.etl.fhir.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.PromInstrument;
import org.myelin.etl.synthetic.PromScore;

/**
 * Patient-reported outcomes as QuestionnaireResponses: MSIS-29 (29 items scored 1 to 5, the physical and
 * psychological scores 0 to 100) and EQ-5D-5L (five dimensions 1 to 5, the VAS and the index). Item answers are
 * drawn to add up to the simulated score; the totals are computed from the items. Score items have the site code
 * as linkId. Other instruments are not collected by this hospital.
 */
final class QuestionnaireRenderer {

    static final String MSIS29 = "urn:myelin:questionnaire:msis-29";
    static final String EQ5D = "urn:myelin:questionnaire:eq-5d-5l";
    private static final int MSIS_PHYSICAL_ITEMS = 20;
    private static final int MSIS_PSYCHOLOGICAL_ITEMS = 9;

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        Map<LocalDate, Map<PromInstrument, Double>> byDay = new TreeMap<>();
        for (PromScore score : history.proms()) {
            byDay.computeIfAbsent(score.date(), day -> new EnumMap<>(PromInstrument.class))
                    .put(score.instrument(), score.score());
        }
        byDay.forEach((day, scores) -> {
            Double physical = scores.get(PromInstrument.MSIS29_PHYSICAL);
            Double psychological = scores.get(PromInstrument.MSIS29_PSYCHOLOGICAL);
            if (physical != null && psychological != null) {
                msis29(response(out, MSIS29, day, random), physical, psychological, random);
            }
            Double index = scores.get(PromInstrument.EQ5D_INDEX);
            Double vas = scores.get(PromInstrument.EQ5D_VAS);
            if (index != null && vas != null) {
                eq5d(response(out, EQ5D, day, random), index, vas, random);
            }
        });
    }

    private static QuestionnaireResponse response(PatientResources out, String questionnaire, LocalDate day,
            SplittableRandom random) {
        QuestionnaireResponse response = out.add(new QuestionnaireResponse(), "qr");
        response.setQuestionnaire(questionnaire).setStatus(QuestionnaireResponseStatus.COMPLETED)
                .setSubject(out.patient()).setSource(out.patient())
                .setAuthoredElement(FhirTime.at(day, 8 * 60 + random.nextInt(9 * 60)));
        return response;
    }

    private static void msis29(QuestionnaireResponse response, double physical, double psychological,
            SplittableRandom random) {
        int[] physicalItems = items(MSIS_PHYSICAL_ITEMS, physical, random);
        int[] psychologicalItems = items(MSIS_PSYCHOLOGICAL_ITEMS, psychological, random);
        for (int i = 0; i < physicalItems.length; i++) {
            item(response, "msis29-q" + (i + 1), new IntegerType(physicalItems[i]));
        }
        for (int i = 0; i < psychologicalItems.length; i++) {
            item(response, "msis29-q" + (MSIS_PHYSICAL_ITEMS + i + 1), new IntegerType(psychologicalItems[i]));
        }
        item(response, "MSIS29_PHYSICAL", new DecimalType(score(physicalItems)));
        item(response, "MSIS29_PSYCHOLOGICAL", new DecimalType(score(psychologicalItems)));
    }

    /** Item answers 1 to 5 whose transformed score, 100 (sum - n) / 4n, is nearest the simulated score. */
    private static int[] items(int count, double score, SplittableRandom random) {
        int extra = (int) Math.round(score / 100 * 4 * count);
        int[] answers = new int[count];
        Arrays.fill(answers, 1);
        while (extra > 0) {
            int item = random.nextInt(count);
            if (answers[item] < 5) {
                answers[item]++;
                extra--;
            }
        }
        return answers;
    }

    private static BigDecimal score(int[] answers) {
        int sum = Arrays.stream(answers).sum();
        return BigDecimal.valueOf(100.0 * (sum - answers.length) / (4.0 * answers.length))
                .setScale(1, RoundingMode.HALF_UP);
    }

    /** Five dimensions whose levels follow the index: worse health, higher levels. */
    private static void eq5d(QuestionnaireResponse response, double index, double vas, SplittableRandom random) {
        String[] dimensions = {"mobility", "self-care", "usual-activities", "pain-discomfort", "anxiety-depression"};
        double burden = Math.max(0, Math.min(1, (1 - index) / 1.2));
        for (String dimension : dimensions) {
            int level = (int) Math.max(1, Math.min(5, Math.round(1 + burden * 4 + random.nextGaussian() * 0.6)));
            item(response, "eq5d-" + dimension, new IntegerType(level));
        }
        item(response, "EQ5D_VAS", new IntegerType((int) Math.round(vas)));
        item(response, "EQ5D_INDEX", new DecimalType(BigDecimal.valueOf(index).setScale(3, RoundingMode.HALF_UP)));
    }

    private static void item(QuestionnaireResponse response, String linkId, Type answer) {
        response.addItem(new QuestionnaireResponseItemComponent().setLinkId(linkId)
                .addAnswer(new QuestionnaireResponseItemAnswerComponent().setValue(answer)));
    }
}
