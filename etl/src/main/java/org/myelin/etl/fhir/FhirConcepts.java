package org.myelin.etl.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.jspecify.annotations.Nullable;
import org.myelin.mappings.FhirCodeSystems;
import org.myelin.mappings.SourceMappings;
import org.myelin.vocab.resolve.ConceptResolver;
import org.myelin.vocab.resolve.MappedConcept;

/**
 * Codes of FHIR resources to OMOP concepts: the system URI names the vocabulary ({@link FhirCodeSystems}), the
 * {@link ConceptResolver} gives the source concept and the standard one it maps to, with its domain; systems whose
 * codes are not OMOP codes (gender, encounter class) go through the mapping files. The first coding that maps to a
 * standard concept wins; without one, the concept is 0 and the first coding stays as source value.
 */
final class FhirConcepts {

    /** A resolved code: {@code domainId} is null when nothing mapped, so the resource's usual table applies. */
    record Coded(int conceptId, @Nullable String domainId, int sourceConceptId, @Nullable String sourceValue,
            int valueConceptId) {

        static final Coded NONE = new Coded(0, null, 0, null, 0);

        String domainOr(String usual) {
            return domainId == null ? usual : domainId;
        }
    }

    private final ConceptResolver resolver;
    private final FhirCodeSystems systems;
    private final SourceMappings mappings;

    FhirConcepts(ConceptResolver resolver, FhirCodeSystems systems, SourceMappings mappings) {
        this.resolver = resolver;
        this.systems = systems;
        this.mappings = mappings;
    }

    /** The concept of a CodeableConcept; a coding with a code but no system is rejected with its JSON path. */
    Coded code(@Nullable CodeableConcept concept, String path) throws FhirResourceParser.Rejected {
        if (concept == null || concept.isEmpty()) {
            return Coded.NONE;
        }
        List<Coding> codings = concept.getCoding();
        Coded first = null;
        for (int i = 0; i < codings.size(); i++) {
            Coding coding = codings.get(i);
            if (!coding.hasCode()) {
                continue;
            }
            Coded coded = code(coding, path + ".coding[" + i + "]");
            if (coded.conceptId() != 0) {
                return coded;
            }
            if (first == null) {
                first = coded;
            }
        }
        return first != null ? first : new Coded(0, null, 0, concept.getText(), 0);
    }

    /** The concept of one coding; a coding without a system is rejected. */
    Coded code(@Nullable Coding coding, String path) throws FhirResourceParser.Rejected {
        if (coding == null || !coding.hasCode()) {
            return Coded.NONE;
        }
        if (!coding.hasSystem()) {
            throw new FhirResourceParser.Rejected("coding without a system at " + path, true);
        }
        return code(coding.getSystem(), coding.getCode());
    }

    /** The concept of a code of a known system (a FHIR code element whose system the specification fixes). */
    Coded code(String system, String code) {
        FhirCodeSystems.CodeSystem known = systems.find(system).orElse(null);
        if (known == null) {
            return new Coded(0, null, 0, code, 0);
        }
        int sourceConcept = 0;
        if (known.vocabularyId() != null) {
            sourceConcept = resolver.sourceConceptId(known.vocabularyId(), code);
            int standard = 0;
            String domain = null;
            int value = 0;
            for (MappedConcept mapped : resolver.resolve(known.vocabularyId(), code)) {
                if (mapped.value()) {
                    value = value == 0 ? mapped.conceptId() : value;
                } else if (standard == 0) {
                    standard = mapped.conceptId();
                    domain = mapped.domainId();
                }
            }
            if (standard != 0) {
                return new Coded(standard, domain, sourceConcept, code, value);
            }
        }
        if (known.mappingVocabularyId() != null) {
            SourceMappings.Target target = mappings.find(known.mappingVocabularyId(), code).orElse(null);
            if (target != null) {
                return new Coded(target.conceptId(), target.domainId(), sourceConcept, code, 0);
            }
        }
        return new Coded(0, null, sourceConcept, code, 0);
    }

    /** A code of a source vocabulary of the mapping files, with its target's domain; concept 0 when no row names it. */
    Coded mapped(String sourceVocabularyId, String code) {
        return mappings.find(sourceVocabularyId, code)
                .map(target -> new Coded(target.conceptId(), target.domainId(), 0, code, 0))
                .orElse(new Coded(0, null, 0, code, 0));
    }
}
