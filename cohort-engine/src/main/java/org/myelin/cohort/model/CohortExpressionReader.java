package org.myelin.cohort.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.myelin.sql.UserError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.InvalidTypeIdException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a Circe cohort expression strictly: unknown criteria types and attributes, wrong value types and malformed
 * JSON fail with a {@link UserError} naming the source and the JSON path, e.g.
 * {@code def.json: $.PrimaryCriteria.CriteriaList[0].ConditionOccurrence.Foo: unknown attribute}.
 */
public final class CohortExpressionReader {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    /** Reads a definition file; the file name prefixes every error message. */
    public CohortExpression read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public CohortExpression read(String json, String source) {
        try {
            return check(mapper.readValue(json, CohortExpression.class), source);
        } catch (JacksonException e) {
            throw failure(e, source);
        }
    }

    public CohortExpression read(InputStream json, String source) {
        try {
            return check(mapper.readValue(json, CohortExpression.class), source);
        } catch (JacksonException e) {
            throw failure(e, source);
        }
    }

    /** Reads a definition that is already a JSON tree (for callers that edit definitions before running them). */
    public CohortExpression read(JsonNode json, String source) {
        try {
            return check(mapper.treeToValue(json, CohortExpression.class), source);
        } catch (JacksonException e) {
            throw failure(e, source);
        }
    }

    /** Parses JSON text into a tree without interpreting it. */
    public JsonNode readTree(String json, String source) {
        try {
            return mapper.readTree(json);
        } catch (JacksonException e) {
            throw failure(e, source);
        }
    }

    private static CohortExpression check(CohortExpression expression, String source) {
        if (expression == null) {
            throw new UserError(source + ": $: the definition is empty (expected a JSON object)");
        }
        return expression;
    }

    private static UserError failure(JacksonException e, String source) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException unknown && !path.endsWith("." + unknown.getPropertyName())) {
            path += "." + unknown.getPropertyName();
        }
        String reason = switch (e) {
            case UnrecognizedPropertyException unknown -> "unknown attribute";
            case InvalidTypeIdException type -> "unknown type '" + type.getTypeId() + "'";
            case ValueInstantiationException invalid -> rootMessage(invalid);
            case MismatchedInputException mismatch -> "wrong value type (expected " + expected(mismatch) + ")";
            case StreamReadException malformed -> "malformed JSON: " + malformed.getOriginalMessage();
            default -> e.getOriginalMessage();
        };
        return new UserError(source + ": " + path + ": " + reason, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type == null) {
            return "another JSON type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type == String.class || type.isEnum() || type == java.time.LocalDate.class) {
            return "a string";
        }
        return "an object";
    }

    /** The JSON path where the parser stood when reading failed, as {@code $.A.B[0].C}. */
    private static String path(JacksonException e) {
        if (!(e.processor() instanceof JsonParser parser)) {
            return "$";
        }
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext context = parser.streamReadContext(); context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                // an array whose first element has not been reached yet is itself the place of the error
                if (context.hasCurrentIndex()) {
                    path.insert(0, "[" + context.getCurrentIndex() + "]");
                }
            } else if (context.currentName() != null) {
                path.insert(0, "." + context.currentName());
            }
        }
        return "$" + path;
    }
}
