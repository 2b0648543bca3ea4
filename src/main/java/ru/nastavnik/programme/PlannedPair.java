package ru.nastavnik.programme;

import ru.nastavnik.common.JsonVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import ru.nastavnik.form.FormValues;

/**
 * One pair or group as the curator entered it in «Сформировать наставническую пару или группу»; the pairs entered so
 * far wait in {@code plannedPairs} until the last one, then all go into the banks and one order.
 */
record PlannedPair(String mentorId, List<String> menteeIds, int months, String mentoringForm) {

    static final String PLANNED = "plannedPairs";

    /** The pair of the form being submitted. */
    static PlannedPair current(FormValues form) {
        return new PlannedPair(
                form.text("mentor").orElse(""),
                form.choices("mentees") == null ? List.of() : form.choices("mentees"),
                form.raw("months") instanceof Number number ? number.intValue() : 0,
                form.text("mentoringForm").orElse(""));
    }

    /** The pairs entered before this form. */
    static List<PlannedPair> planned(FormValues values) {
        List<FormValues> items = values.items(PLANNED);
        return items == null ? List.of() : items.stream().map(PlannedPair::current).toList();
    }

    static void plan(VariableScope programme, List<PlannedPair> pairs) {
        List<Map<String, Object>> json = pairs.stream().map(pair -> Map.<String, Object>of(
                "mentor", pair.mentorId, "mentees", pair.menteeIds, "months", pair.months, "mentoringForm", pair.mentoringForm)).toList();
        programme.setVariable(PLANNED, JsonVariables.of(json));
    }

    static final List<String> FIELDS = List.of("mentor", "mentees", "months", "mentoringForm");

    /** A submission with no new pair closes the list: allowed once some pairs are entered. */
    static boolean isFinishing(FormValues form) {
        return FIELDS.stream().allMatch(form::isBlank) && !planned(form).isEmpty()
                && !Boolean.TRUE.equals(form.raw("addAnotherPair"));
    }

    static List<PlannedPair> withCurrent(FormValues values) {
        List<PlannedPair> all = new ArrayList<>(planned(values));
        all.add(current(values));
        return all;
    }
}
