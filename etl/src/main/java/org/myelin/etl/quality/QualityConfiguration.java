package org.myelin.etl.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;

/**
 * The thresholds file: per check (and optionally per table, field and concept) the failure threshold in percent,
 * whether a failure is fatal to publishing, plausible low and high values, and the concept lists of the
 * concept-level and multiple-sclerosis checks, named by vocabulary and code. Described in etl/QUALITY.md.
 */
public final class QualityConfiguration {

    /** The concept set that defines MS onset for the MS temporal checks; a definition, not a check. */
    static final String MS_DIAGNOSIS = "msDiagnosis";

    static final String GENDER_VOCABULARY = "Gender";

    private static final String BUNDLED = "quality/thresholds.csv";

    /** One line of the file; empty cells are null. */
    record Row(String source, long line, String check, @Nullable String table, @Nullable String field,
            @Nullable ConceptCode concept, @Nullable ConceptCode unit, @Nullable String gender,
            @Nullable String afterField, @Nullable String low, @Nullable String high, @Nullable Double threshold,
            @Nullable Boolean fatal) {

        String where() {
            return source + " line " + line;
        }

        boolean matches(String check, String table, @Nullable String field) {
            return this.check.equals(check) && concept == null && (this.table == null || this.table.equals(table))
                    && (this.field == null || this.field.equals(field));
        }

        int specificity() {
            return (table == null ? 0 : 2) + (field == null ? 0 : 1);
        }
    }

    /** A concept named by vocabulary and code, resolved against the vocabulary schema when the checks run. */
    record ConceptCode(String vocabularyId, String code) {
        @Override
        public String toString() {
            return vocabularyId + " " + code;
        }
    }

    private final List<Row> rows;

    private QualityConfiguration(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The thresholds shipped with Myelin ({@code quality/thresholds.csv} on the classpath). */
    public static QualityConfiguration bundled() {
        InputStream in = QualityConfiguration.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + BUNDLED);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, BUNDLED);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    /** A site's own thresholds file; a mistake in it is a {@link UserError} naming the file and line. */
    public static QualityConfiguration load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        } catch (IOException e) {
            throw new UserError("cannot read the thresholds file " + file + ": " + e.getMessage(), e);
        }
    }

    private static QualityConfiguration parse(Reader reader, String source) throws IOException {
        CdmSpecification spec = CdmSpecification.load();
        List<Row> rows = new ArrayList<>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        for (CSVRecord record : format.parse(reader)) {
            rows.add(row(record, source, spec));
        }
        return new QualityConfiguration(rows);
    }

    private static Row row(CSVRecord record, String source, CdmSpecification spec) {
        String where = source + " line " + (record.getRecordNumber() + 1);
        String check = required(record, "check_name", where);
        if (!MS_DIAGNOSIS.equals(check) && CheckType.named(check).isEmpty()) {
            throw new UserError(where + ": unknown check '" + check + "'; the checks are listed in etl/QUALITY.md");
        }
        String table = cell(record, "cdm_table", where);
        String field = cell(record, "cdm_field", where);
        if (table != null && spec.table(table).isEmpty()) {
            throw new UserError(where + ": unknown CDM table '" + table + "'");
        }
        if (field != null && (table == null ? spec.fields().stream().noneMatch(f -> f.fieldName().equals(field))
                : spec.field(table, field).isEmpty())) {
            throw new UserError(where + ": unknown CDM field '" + (table == null ? "" : table + ".") + field + "'");
        }
        String after = cell(record, "after_field", where);
        if (after != null) {
            String[] parts = after.split("\\.", 2);
            if (parts.length != 2 || spec.field(parts[0], parts[1]).isEmpty()) {
                throw new UserError(where + ": after_field '" + after + "' is not a CDM table.field");
            }
        }
        String gender = cell(record, "gender", where);
        if (gender != null && !gender.equals("F") && !gender.equals("M")) {
            throw new UserError(where + ": gender '" + gender + "' must be F or M");
        }
        return new Row(source, record.getRecordNumber() + 1, check, table, field,
                concept(record, "vocabulary_id", "concept_code", where), concept(record, "unit_vocabulary_id",
                "unit_concept_code", where), gender, after, cell(record, "low", where), cell(record, "high", where),
                number(record, "threshold", where), flag(record, "fatal", where));
    }

    private static @Nullable ConceptCode concept(CSVRecord record, String vocabulary, String code, String where) {
        String vocabularyId = cell(record, vocabulary, where);
        String conceptCode = cell(record, code, where);
        if ((vocabularyId == null) != (conceptCode == null)) {
            throw new UserError(where + ": give both " + vocabulary + " and " + code + ", or neither");
        }
        return vocabularyId == null || conceptCode == null ? null : new ConceptCode(vocabularyId, conceptCode);
    }

    private static String required(CSVRecord record, String column, String where) {
        String value = cell(record, column, where);
        if (value == null) {
            throw new UserError(where + ": " + column + " is empty");
        }
        return value;
    }

    private static @Nullable String cell(CSVRecord record, String column, String where) {
        if (!record.isMapped(column)) {
            throw new UserError(where + ": the header has no column '" + column + "'; see etl/QUALITY.md");
        }
        String value = record.isSet(column) ? record.get(column).trim() : "";
        return value.isEmpty() ? null : value;
    }

    private static @Nullable Double number(CSVRecord record, String column, String where) {
        String value = cell(record, column, where);
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new UserError(where + ": " + column + " '" + value + "' is not a number");
        }
    }

    private static @Nullable Boolean flag(CSVRecord record, String column, String where) {
        String value = cell(record, column, where);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new UserError(where + ": " + column + " '" + value + "' must be yes or no");
        };
    }

    /** The rows that name a concept, for one check. */
    List<Row> conceptRows(String check) {
        return rows.stream().filter(row -> row.check().equals(check) && row.concept() != null).toList();
    }

    /** The rows without a concept, for one check, that give a table and field (plausible values, temporal pairs). */
    List<Row> fieldRows(CheckType check) {
        return rows.stream().filter(row -> row.check().equals(check.name()) && row.concept() == null
                && row.table() != null && row.field() != null).toList();
    }

    /** The threshold in percent of the most specific matching row without a concept; 0 if none gives one. */
    double threshold(CheckType check, String table, @Nullable String field) {
        return mostSpecific(check, table, field, row -> row.threshold() != null).map(Row::threshold).orElse(0.0);
    }

    /** Whether a failure of this check instance blocks publishing, by the most specific matching row. */
    boolean fatal(CheckType check, String table, @Nullable String field) {
        return mostSpecific(check, table, field, row -> row.fatal() != null).map(Row::fatal).orElse(false);
    }

    private Optional<Row> mostSpecific(CheckType check, String table, @Nullable String field,
            java.util.function.Predicate<Row> gives) {
        return rows.stream().filter(row -> row.matches(check.name(), table, field) && gives.test(row))
                .max(Comparator.comparingInt(Row::specificity));
    }

    List<ConceptCode> conceptCodes() {
        List<ConceptCode> codes = new ArrayList<>();
        for (Row row : rows) {
            if (row.concept() != null) {
                codes.add(row.concept());
            }
            if (row.unit() != null) {
                codes.add(row.unit());
            }
            if (row.gender() != null) {
                codes.add(new ConceptCode(GENDER_VOCABULARY, row.gender()));
            }
        }
        return codes.stream().distinct().toList();
    }
}
