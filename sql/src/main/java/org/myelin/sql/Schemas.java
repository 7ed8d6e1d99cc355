package org.myelin.sql;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.Settings;

/**
 * The database schema names a Myelin installation uses, one per {@link SchemaKind}.
 *
 * <p>The generated jOOQ model names the schemas {@code cdm}, {@code vocab}, {@code results} and
 * {@code myelin}; {@link #settings()} maps those onto the configured names, so that the same model can
 * write into {@code cdm_next} during a nightly build and read {@code cdm} afterwards.
 */
public record Schemas(String cdm, String vocab, String results, String myelin) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public static final Schemas DEFAULT = new Schemas("cdm", "vocab", "results", "myelin");

    public Schemas {
        for (String name : new String[] {cdm, vocab, results, myelin}) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("schema name '" + name
                        + "' is not a plain lower-case SQL identifier (letters, digits, underscore)");
            }
        }
    }

    public String name(SchemaKind kind) {
        return switch (kind) {
            case CDM -> cdm;
            case VOCAB -> vocab;
            case RESULTS -> results;
            case MYELIN -> myelin;
        };
    }

    /** The same schemas with the CDM schema replaced, for building into {@code cdm_next}. */
    public Schemas withCdm(String cdmSchema) {
        return new Schemas(cdmSchema, vocab, results, myelin);
    }

    public Map<SchemaKind, String> asMap() {
        Map<SchemaKind, String> names = new EnumMap<>(SchemaKind.class);
        for (SchemaKind kind : SchemaKind.values()) {
            names.put(kind, name(kind));
        }
        return names;
    }

    /** jOOQ settings that render the generated model's schema names as this installation's names. */
    public Settings settings() {
        RenderMapping mapping = new RenderMapping();
        for (SchemaKind kind : SchemaKind.values()) {
            mapping.withSchemata(new MappedSchema().withInput(kind.modelName()).withOutput(name(kind)));
        }
        return new Settings().withRenderMapping(mapping);
    }

    public static SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }
}
