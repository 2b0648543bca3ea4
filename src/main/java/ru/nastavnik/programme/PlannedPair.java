package ru.nastavnik.programme;

import java.util.List;

import ru.nastavnik.form.FormValues;

/** One pair or group as the curator entered it in the form «Сформировать наставнические пары и группы». */
record PlannedPair(String mentorId, List<String> menteeIds, int months, String mentoringForm) {

    static List<PlannedPair> from(FormValues form) {
        List<FormValues> items = form.items(ProgrammeVariables.PAIRS);
        if (items == null) {
            return List.of();
        }
        return items.stream().map(item -> new PlannedPair(
                item.text("mentor").orElse(""),
                item.choices("mentees") == null ? List.of() : item.choices("mentees"),
                item.raw("months") instanceof Number number ? number.intValue() : 0,
                item.text("mentoringForm").orElse(""))).toList();
    }
}
