package org.myelin.cohort.outcome;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.myelin.sql.UserError;
import tools.jackson.databind.JsonNode;

/**
 * Reads an outcome from a study definition's JSON, strictly: an unknown outcome or parameter, or a value of the wrong
 * type or range, is a {@link UserError} naming the JSON path. The shape, with the defaults:
 * <pre>{@code
 * {"outcome": "cdw", "confirmationWeeks": 12, "baseline": "fixed", "relapseExclusionDays": 30, "halfStepFrom": 6.0}
 * {"outcome": "pira", ...the cdw parameters..., "daysBeforeBaseline": 90, "daysAfterConfirmation": 30}
 * {"outcome": "neda3", "targetCohortId": 1001, "periodDays": 730, ...the cdw parameters...}
 * {"outcome": "sp-conversion"}
 * }</pre>
 */
public final class OutcomeReader {

    private static final Set<String> RULE = new TreeSet<>(Set.of("confirmationWeeks", "baseline", "relapseExclusionDays",
            "halfStepFrom"));
    private static final Map<String, Set<String>> PARAMETERS = new TreeMap<>(Map.of(
            "cdw", RULE,
            "pira", union(RULE, Set.of("daysBeforeBaseline", "daysAfterConfirmation")),
            "neda3", union(RULE, Set.of("targetCohortId", "periodDays")),
            "sp-conversion", Set.of()));

    /** The outcome described by {@code json}, found at {@code path} (e.g. {@code study.json: $.outcomes[0]}). */
    public Outcome read(JsonNode json, String path) {
        if (!json.isObject() || json.get("outcome") == null || !json.get("outcome").isString()) {
            throw new UserError(path + ": an outcome is an object with \"outcome\": one of " + PARAMETERS.keySet());
        }
        String name = json.get("outcome").asString();
        Set<String> allowed = PARAMETERS.get(name);
        if (allowed == null) {
            throw new UserError(path + ".outcome: unknown outcome '" + name + "' (expected one of " + PARAMETERS.keySet() + ")");
        }
        for (String key : json.propertyNames()) {
            if (!key.equals("outcome") && !allowed.contains(key)) {
                throw new UserError(path + "." + key + ": not a parameter of " + name + " (expected " + allowed + ")");
            }
        }
        try {
            return switch (name) {
                case "cdw" -> new ConfirmedWorsening(rule(json, path));
                case "pira" -> new Pira(rule(json, path), integer(json, path, "daysBeforeBaseline", 90),
                        integer(json, path, "daysAfterConfirmation", 30));
                case "neda3" -> new Neda3(required(json, path, "targetCohortId"), integer(json, path, "periodDays", 730),
                        rule(json, path));
                default -> new SecondaryProgression();
            };
        } catch (IllegalArgumentException e) {
            throw new UserError(path + ": " + e.getMessage(), e);
        }
    }

    private static WorseningRule rule(JsonNode json, String path) {
        String baseline = json.has("baseline") ? json.get("baseline").asString() : "fixed";
        if (!baseline.equals("fixed") && !baseline.equals("roving")) {
            throw new UserError(path + ".baseline: expected \"fixed\" or \"roving\", not " + json.get("baseline"));
        }
        JsonNode halfStep = json.get("halfStepFrom");
        if (halfStep != null && !halfStep.isNumber()) {
            throw new UserError(path + ".halfStepFrom: expected 5.5 or 6.0, not " + halfStep);
        }
        return new WorseningRule(integer(json, path, "confirmationWeeks", WorseningRule.MSBASE.confirmationWeeks()),
                baseline.equals("roving"), integer(json, path, "relapseExclusionDays", WorseningRule.MSBASE.relapseExclusionDays()),
                halfStep == null ? WorseningRule.MSBASE.halfStepFrom() : halfStep.decimalValue());
    }

    private static int required(JsonNode json, String path, String key) {
        if (!json.has(key)) {
            throw new UserError(path + "." + key + ": required");
        }
        return integer(json, path, key, 0);
    }

    private static int integer(JsonNode json, String path, String key, int fallback) {
        JsonNode value = json.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isInt()) {
            throw new UserError(path + "." + key + ": expected a whole number, not " + value);
        }
        return value.asInt();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
