package org.myelin.etl.fhir;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * QuestionnaireResponse (PROMs such as MSIS-29 and EQ-5D): a measurement or observation per answered item, item
 * scores and totals alike. An item's concept comes from the PROM mapping rows by its linkId (the totals carry the
 * instrument's score code); an item no row names keeps its linkId as source value with concept 0.
 */
final class QuestionnaireResponseMapper {

    static final String ITEM_VOCABULARY = "MyelinProm";

    private final FhirMapping mapping;

    QuestionnaireResponseMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(QuestionnaireResponse response, MappedResource out) throws FhirResourceParser.Rejected {
        if (response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR
                || response.getStatus() == QuestionnaireResponse.QuestionnaireResponseStatus.STOPPED) {
            out.skip("QuestionnaireResponse: status " + response.getStatus().toCode());
            return;
        }
        String patient = mapping.patient(response.getSubject(), "QuestionnaireResponse.subject");
        LocalDateTime authored = FhirMapping.required(mapping.dates().dateTime(response.getAuthoredElement(),
                "QuestionnaireResponse.authored"), "QuestionnaireResponse.authored");
        items(response.getItem(), "QuestionnaireResponse.item", patient, FhirReferences.key(response.getEncounter()),
                authored, out);
    }

    private void items(List<QuestionnaireResponseItemComponent> items, String path, String patient,
            @Nullable String encounter, LocalDateTime authored, MappedResource out) throws FhirResourceParser.Rejected {
        for (int i = 0; i < items.size(); i++) {
            QuestionnaireResponseItemComponent item = items.get(i);
            String itemPath = path + "[" + i + "]";
            if (item.hasAnswer()) {
                FhirEvent.Value value = value(item.getAnswerFirstRep().getValue(), itemPath + ".answer[0].value");
                FhirConcepts.Coded code = mapping.concepts().mapped(ITEM_VOCABULARY, item.getLinkId());
                out.add(mapping.router().route(new FhirEvent(code, value.number() != null ? "Measurement" : "Observation",
                        authored, null, value)), patient, encounter);
            }
            items(item.getItem(), itemPath + ".item", patient, encounter, authored, out);
        }
    }

    private FhirEvent.Value value(@Nullable Type answer, String path) throws FhirResourceParser.Rejected {
        FhirConcepts.Coded none = FhirConcepts.Coded.NONE;
        return switch (answer) {
            case IntegerType integer -> new FhirEvent.Value(BigDecimal.valueOf(integer.getValue()), none, none, null, null, null);
            case DecimalType decimal -> new FhirEvent.Value(decimal.getValue(), none, none, null, null, null);
            case Coding coding -> new FhirEvent.Value(null, none, mapping.concepts().code(coding, path + "Coding"), null, null, null);
            case null -> FhirEvent.Value.text(null);
            default -> FhirEvent.Value.text(answer.primitiveValue());
        };
    }
}
