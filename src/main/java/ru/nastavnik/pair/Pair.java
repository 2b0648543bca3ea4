package ru.nastavnik.pair;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A mentor with one to three mentees, as the processes carry it (a JSON object variable {@code pair}): who, for how
 * long, in which form, and from when to when once the order is signed.
 */
public record Pair(String pairId, String mentorId, String mentorName, List<String> menteeIds, List<String> menteeNames,
                   int months, String formCode, String form, LocalDate startDate, LocalDate endDate) {

    public Pair {
        menteeIds = List.copyOf(menteeIds);
        menteeNames = List.copyOf(menteeNames);
    }

    @SuppressWarnings("unchecked")
    public static Pair of(Object variable) {
        if (!(variable instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("No pair in this process: " + (variable == null ? "null" : variable.getClass().getName()));
        }
        Map<String, Object> m = (Map<String, Object>) map;
        return new Pair((String) m.get("pairId"), (String) m.get("mentorId"), (String) m.get("mentorName"),
                (List<String>) m.get("menteeIds"), (List<String>) m.get("menteeNames"),
                ((Number) m.get("months")).intValue(), (String) m.get("formCode"), (String) m.get("form"),
                date(m.get("startDate")), date(m.get("endDate")));
    }

    public Pair withTerm(LocalDate start, LocalDate end) {
        return new Pair(pairId, mentorId, mentorName, menteeIds, menteeNames, months, formCode, form, start, end);
    }

    /** «Иванов С. П. — Алексеева Д. С., Борисов К. А.» is too personal for logs: use {@link #pairId()} there. */
    public String title() {
        return mentorName + " — " + String.join(", ", menteeNames);
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pairId", pairId);
        map.put("mentorId", mentorId);
        map.put("mentorName", mentorName);
        map.put("menteeIds", menteeIds);
        map.put("menteeNames", menteeNames);
        map.put("months", months);
        map.put("formCode", formCode);
        map.put("form", form);
        map.put("startDate", startDate == null ? null : startDate.toString());
        map.put("endDate", endDate == null ? null : endDate.toString());
        return map;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }
}
