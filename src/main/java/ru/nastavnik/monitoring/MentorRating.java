package ru.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ru.nastavnik.pair.PairOverview.PairRow;
import ru.nastavnik.pair.PairOverview.State;
import ru.nastavnik.pair.PairRatings.Rating;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeStatus;
import ru.nastavnik.registry.Mentor;

/**
 * The mentors' personal rating (ratings are published so everyone sees their own level and
 * others'): points from the mentees' feedback on meetings and from results. The mean mentee rating (1–5) counts ten
 * points a grade, each mentee who completed the programme successfully fifteen, each completed pair five, each pair
 * terminated early minus ten. Levels: «Ведущий наставник» from 80 points, «Опытный наставник» from 40.
 */
record MentorRating(String mentorName, int pairs, int pairsCompleted, int pairsTerminated, Double meanMenteeRating,
                    int ratings, int successfulMentees, int points, String level) {

    static final int LEADING = 80;
    static final int EXPERIENCED = 40;

    static List<MentorRating> of(List<Mentor> mentors, List<Mentee> mentees, List<PairRow> pairs, List<Rating> ratings) {
        Map<String, String> mentorOfPair = new HashMap<>();
        pairs.forEach(pair -> mentorOfPair.put(pair.pairId(), pair.mentorName()));
        Map<String, String> nameOfMentor = new HashMap<>();
        mentors.forEach(mentor -> nameOfMentor.put(mentor.id(), mentor.fullName()));
        List<MentorRating> rows = new ArrayList<>();
        for (String name : pairs.stream().map(PairRow::mentorName).filter(Objects::nonNull).distinct().toList()) {
            List<PairRow> own = pairs.stream().filter(pair -> name.equals(pair.mentorName())).toList();
            int[] given = ratings.stream().filter(Rating::byMentee).filter(r -> name.equals(mentorOfPair.get(r.pairId())))
                    .mapToInt(Rating::rating).toArray();
            Double mean = given.length == 0 ? null : Math.round(10.0 * java.util.Arrays.stream(given).sum() / given.length) / 10.0;
            int successful = (int) mentees.stream().filter(m -> m.status() == MenteeStatus.COMPLETED && m.completed()
                    && name.equals(nameOfMentor.get(m.mentorId()))).count();
            int completed = (int) own.stream().filter(pair -> pair.state() == State.COMPLETED).count();
            int terminated = (int) own.stream().filter(pair -> pair.state() == State.TERMINATED).count();
            int points = Math.max(0, (int) Math.round(mean == null ? 0 : mean * 10) + 15 * successful + 5 * completed - 10 * terminated);
            rows.add(new MentorRating(name, own.size(), completed, terminated, mean, given.length, successful, points, level(points)));
        }
        rows.sort(Comparator.comparingInt(MentorRating::points).reversed().thenComparing(MentorRating::mentorName));
        return rows;
    }

    static String level(int points) {
        return points >= LEADING ? "Ведущий наставник" : points >= EXPERIENCED ? "Опытный наставник" : "Наставник";
    }

    public String meanText() {
        return meanMenteeRating == null ? KpiSnapshot.NO_DATA : String.valueOf(meanMenteeRating).replace('.', ',');
    }
}
