package ru.nastavnik.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks the mentors with a free place for one mentee: first by what the mentor's tags and competences share with the
 * mentee's request and subject, then by free places, then by the time the mentor has. Words are compared by their
 * first five letters, which is enough for Russian endings («математика», «математике»).
 */
final class MentorSuggestions {

    private static final int STEM = 5;
    private static final int MATCH_WEIGHT = 10;

    private MentorSuggestions() {
    }

    static List<MentorSuggestion> rank(Mentee mentee, List<Mentor> mentors) {
        Set<String> wanted = stems(String.join(" ", nullToEmpty(mentee.mainRequest()), nullToEmpty(mentee.subject())));
        List<MentorSuggestion> ranked = new ArrayList<>();
        for (Mentor mentor : mentors) {
            if (mentor.freePlaces() == 0) {
                continue;
            }
            List<String> shared = shared(wanted, mentor);
            int hours = mentor.hoursPerMonth() == null ? 0 : mentor.hoursPerMonth();
            int score = MATCH_WEIGHT * shared.size() + mentor.freePlaces() + Math.min(hours, 20) / 4;
            ranked.add(new MentorSuggestion(mentor.id(), mentor.fullName(), score, explanation(shared, mentor.freePlaces(), hours)));
        }
        ranked.sort(Comparator.comparingInt(MentorSuggestion::score).reversed().thenComparing(MentorSuggestion::fullName));
        return ranked;
    }

    /** The mentor's own words (tags first, then competences) that meet the mentee's request or subject. */
    private static List<String> shared(Set<String> wanted, Mentor mentor) {
        Set<String> words = new LinkedHashSet<>();
        mentor.tags().forEach(tag -> words.addAll(words(tag)));
        words.addAll(words(nullToEmpty(mentor.competences())));
        List<String> shared = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String word : words) {
            String stem = stem(word);
            if (wanted.contains(stem) && seen.add(stem)) {
                shared.add(word);
            }
        }
        return shared;
    }

    private static String explanation(List<String> shared, int freePlaces, int hours) {
        List<String> parts = new ArrayList<>();
        parts.add(shared.isEmpty() ? "совпадений с запросом нет" : "совпадает: " + String.join(", ", shared));
        parts.add("свободно мест: " + freePlaces);
        if (hours > 0) {
            parts.add(hours + " ч в месяц");
        }
        return String.join("; ", parts);
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        words(text).forEach(word -> stems.add(stem(word)));
        return stems;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+")) {
            if (word.length() >= 4) {
                words.add(word);
            }
        }
        return words;
    }

    private static String stem(String word) {
        return word.length() > STEM ? word.substring(0, STEM) : word;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
