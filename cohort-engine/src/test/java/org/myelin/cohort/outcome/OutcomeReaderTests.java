package org.myelin.cohort.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.myelin.sql.UserError;
import tools.jackson.databind.json.JsonMapper;

class OutcomeReaderTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final OutcomeReader reader = new OutcomeReader();

    @Test
    void everyParameterIsRead() {
        Outcome outcome = read("""
                {"outcome": "neda3", "targetCohortId": 1005, "periodDays": 365, "confirmationWeeks": 24,
                 "baseline": "roving", "relapseExclusionDays": 60, "halfStepFrom": 5.5}""");

        assertThat(outcome).isEqualTo(new Neda3(1005, 365, new WorseningRule(24, true, 60, new BigDecimal("5.5"))));
    }

    @Test
    void absentParametersTakeTheMsbaseDefaults() {
        assertThat(read("{\"outcome\": \"cdw\"}")).isEqualTo(new ConfirmedWorsening(WorseningRule.MSBASE));
        assertThat(read("{\"outcome\": \"pira\"}")).isEqualTo(Pira.of(WorseningRule.MSBASE));
        assertThat(read("{\"outcome\": \"sp-conversion\"}")).isEqualTo(new SecondaryProgression());
    }

    @Test
    void badOutcomesFailWithTheirJsonPath() {
        assertThatThrownBy(() -> read("{\"outcome\": \"edss\"}")).isInstanceOf(UserError.class)
                .hasMessage("s.json: $.outcomes[0].outcome: unknown outcome 'edss' (expected one of [cdw, neda3, pira, sp-conversion])");
        assertThatThrownBy(() -> read("{\"outcome\": \"cdw\", \"periodDays\": 3}")).isInstanceOf(UserError.class)
                .hasMessage("s.json: $.outcomes[0].periodDays: not a parameter of cdw (expected [baseline, confirmationWeeks,"
                        + " halfStepFrom, relapseExclusionDays])");
        assertThatThrownBy(() -> read("{\"outcome\": \"cdw\", \"halfStepFrom\": 5.0}")).isInstanceOf(UserError.class)
                .hasMessage("s.json: $.outcomes[0]: the 0.5-point threshold starts at a baseline of 5.5 or 6.0, not 5.0");
        assertThatThrownBy(() -> read("{\"outcome\": \"cdw\", \"confirmationWeeks\": \"12\"}")).isInstanceOf(UserError.class)
                .hasMessage("s.json: $.outcomes[0].confirmationWeeks: expected a whole number, not \"12\"");
        assertThatThrownBy(() -> read("{\"outcome\": \"neda3\"}")).isInstanceOf(UserError.class)
                .hasMessage("s.json: $.outcomes[0].targetCohortId: required");
    }

    private Outcome read(String json) {
        return reader.read(JSON.readTree(json), "s.json: $.outcomes[0]");
    }
}
