package ru.nastavnik.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        Set<String> wanted = wanted(mentee);
        List<MentorSuggestion> ranked = new ArrayList<>();
        for (Mentor mentor : mentors) {
            if (mentor.freePlaces() > 0) {
                ranked.add(suggestion(wanted, mentor, mentorWords(mentor)));
            }
        }
        ranked.sort(ORDER);
        return ranked;
    }

    /**
     * For each mentee (by id), the mentor {@link #rank} puts first, if any. Each mentor's words are read once and only
     * the best is kept: offering the candidates of a form stays fast with a thousand mentees waiting and as many mentors.
     */
    static Map<String, MentorSuggestion> best(List<Mentee> mentees, List<Mentor> mentors) {
        List<Mentor> free = mentors.stream().filter(mentor -> mentor.freePlaces() > 0).toList();
        List<Set<String>> stems = free.stream().map(mentor -> stems(mentorWords(mentor))).toList();
        Map<String, MentorSuggestion> best = new HashMap<>();
        for (Mentee mentee : mentees) {
            Set<String> wanted = wanted(mentee);
            int top = -1;
            int topScore = Integer.MIN_VALUE;
            for (int i = 0; i < free.size(); i++) {
                int sharedStems = 0;
                for (String stem : stems.get(i)) {
                    sharedStems += wanted.contains(stem) ? 1 : 0;
                }
                int score = score(sharedStems, free.get(i));
                if (score > topScore || score == topScore && free.get(i).fullName().compareTo(free.get(top).fullName()) < 0) {
                    top = i;
                    topScore = score;
                }
            }
            if (top >= 0) {
                best.put(mentee.id(), suggestion(wanted, free.get(top), mentorWords(free.get(top))));
            }
        }
        return best;
    }

    private static final Comparator<MentorSuggestion> ORDER =
            Comparator.comparingInt(MentorSuggestion::score).reversed().thenComparing(MentorSuggestion::fullName);

    private static Set<String> wanted(Mentee mentee) {
        return stems(String.join(" ", nullToEmpty(mentee.mainRequest()), nullToEmpty(mentee.subject())));
    }

    private static MentorSuggestion suggestion(Set<String> wanted, Mentor mentor, Set<String> words) {
        List<String> shared = shared(wanted, words);
        return new MentorSuggestion(mentor.id(), mentor.fullName(), score(shared.size(), mentor),
                explanation(shared, mentor.freePlaces(), hours(mentor)));
    }

    private static int score(int sharedWords, Mentor mentor) {
        return MATCH_WEIGHT * sharedWords + mentor.freePlaces() + Math.min(hours(mentor), 20) / 4;
    }

    private static int hours(Mentor mentor) {
        return mentor.hoursPerMonth() == null ? 0 : mentor.hoursPerMonth();
    }

    /** The mentor's own words, tags first, then competences. */
    private static Set<String> mentorWords(Mentor mentor) {
        Set<String> words = new LinkedHashSet<>();
        mentor.tags().forEach(tag -> words.addAll(words(tag)));
        words.addAll(words(nullToEmpty(mentor.competences())));
        return words;
    }

    /** The mentor's words that meet the mentee's request or subject. */
    private static List<String> shared(Set<String> wanted, Set<String> mentorWords) {
        List<String> shared = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String word : mentorWords) {
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
        return stems(words(text));
    }

    private static Set<String> stems(java.util.Collection<String> words) {
        Set<String> stems = new java.util.HashSet<>();
        words.forEach(word -> stems.add(stem(word)));
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
