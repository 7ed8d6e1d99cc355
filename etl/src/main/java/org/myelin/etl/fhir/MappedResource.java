package org.myelin.etl.fhir;

import java.util.ArrayList;
import java.util.List;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;

/** What the mapping of one resource gave: its staged rows, its keys, or the rule by which it was skipped. */
final class MappedResource {

    /** A key of the resource, with a Medication's drug concept. */
    record Key(String kind, FhirConcepts.@Nullable Coded drug) {
    }

    private final List<StagedRow> rows = new ArrayList<>(4);
    private String self = "";
    private @Nullable Key key;
    private @Nullable String skippedBy;
    private final List<String> results = new ArrayList<>(4);

    void add(TableRecord<?> row, @Nullable String patient, @Nullable String encounter) {
        rows.add(new StagedRow(row, patient, encounter, null));
    }

    void add(TableRecord<?> row, @Nullable String patient, @Nullable String encounter, @Nullable String reference) {
        rows.add(new StagedRow(row, patient, encounter, reference));
    }

    /** The resource is referenced by others (a Patient, an Encounter, a Medication) and staged under its keys. */
    void referenceable(String kind, FhirConcepts.@Nullable Coded drug) {
        key = new Key(kind, drug);
    }

    /** A DiagnosticReport's result, by the key of its Observation. */
    void result(String observationKey) {
        results.add(observationKey);
    }

    List<String> results() {
        return results;
    }

    /** The resource is read but not loaded, by a rule of the mapping (a refuted condition, an entered-in-error record). */
    void skip(String rule) {
        skippedBy = rule;
    }

    List<StagedRow> rows() {
        return rows;
    }

    @Nullable Key key() {
        return key;
    }

    @Nullable String skippedBy() {
        return skippedBy;
    }

    /** The key others use for this resource ({@code Type/id}, or its entry's fullUrl when it has no id). */
    String self() {
        return self;
    }

    void clear(String selfKey) {
        self = selfKey;
        rows.clear();
        key = null;
        skippedBy = null;
        results.clear();
    }
}
