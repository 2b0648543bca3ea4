package ru.nastavnik.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;

import ru.nastavnik.pair.MentorApprovalWatch;
import ru.nastavnik.pair.Pair;
import ru.nastavnik.registry.ImportReport;
import ru.nastavnik.registry.Mentee;
import ru.nastavnik.registry.MenteeBank;
import ru.nastavnik.registry.Mentor;
import ru.nastavnik.registry.MentorBank;
import ru.nastavnik.support.JointMeetingPairs;

/**
 * The region's people as the curator enters them (bank files through the banks' own import) and its pairs as the
 * forming round leaves them (proposed, then approved by the signed order, through {@link MenteeBank}'s rules). Each
 * batch is told apart by a tag in the e-mail addresses.
 */
final class Region {

    static final String CURATOR = "benchcurator";
    static final String SCHOOL = "Школа региона";
    static final String FORM = "Педагог — педагог";
    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ProcessEngine engine;
    private final MentorBank mentors;
    private final MenteeBank mentees;
    private final MentorApprovalWatch watch;
    private final String schoolId;

    Region(ProcessEngine engine, MentorBank mentors, MenteeBank mentees, MentorApprovalWatch watch, String schoolId) {
        this.schoolId = schoolId;
        this.engine = engine;
        this.watch = watch;
        this.mentors = mentors;
        this.mentees = mentees;
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] mentorFile(String tag, int count) {
        StringBuilder csv = new StringBuilder("ФИО;Email;Место работы\n");
        for (int i = 0; i < count; i++) {
            csv.append("Наставник ").append(tag).append(' ').append(i).append(";m").append(i).append('.').append(tag)
                    .append("@region.example;Школа № ").append(i % 100 + 1).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] menteeFile(String tag, int count, LocalDate workStart) {
        StringBuilder csv = new StringBuilder("ФИО;Email;Предмет;Дата начала работы;Стаж (лет)\n");
        for (int i = 0; i < count; i++) {
            csv.append("Наставляемый ").append(tag).append(' ').append(i).append(";e").append(i).append('.').append(tag)
                    .append("@region.example;Математика;").append(RUSSIAN_DATE.format(workStart)).append(";1\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    List<Mentor> importMentors(String tag, int count) {
        ImportReport report = mentors.importFile(schoolId, "mentors-" + tag + ".csv", mentorFile(tag, count));
        List<Mentor> imported = mentors.list(schoolId).stream().filter(mentor -> mentor.email().endsWith("." + tag + "@region.example")).toList();
        if (imported.size() != count) {
            throw new IllegalStateException("Mentors imported: " + imported.size() + " of " + count + ": " + report);
        }
        return imported;
    }

    List<Mentee> importMentees(String tag, int count, LocalDate workStart) {
        ImportReport report = mentees.importFile(schoolId, "mentees-" + tag + ".csv", menteeFile(tag, count, workStart));
        List<Mentee> imported = menteesOf(tag);
        if (imported.size() != count) {
            throw new IllegalStateException("Mentees imported: " + imported.size() + " of " + count + ": " + report);
        }
        return imported;
    }

    List<Mentee> menteesOf(String tag) {
        return mentees.list(schoolId).stream().filter(mentee -> mentee.email().endsWith("." + tag + "@region.example")).toList();
    }

    /** Pairs of one mentee each, three per mentor at most, proposed as the curator's form does: the places are held. */
    List<Pair> propose(List<Mentor> mentorList, List<Mentee> menteeList, LocalDate start) {
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < menteeList.size(); i++) {
            Mentor mentor = mentorList.get(i / 3);
            Mentee mentee = menteeList.get(i);
            mentees.proposePair(schoolId, mentor.id(), List.of(mentee.id()), FORM, start, start.plusMonths(6));
            pairs.add(new Pair(UUID.randomUUID().toString(), mentor.id(), mentor.fullName(), List.of(mentee.id()),
                    List.of(mentee.fullName()), 6, "teacherTeacher", FORM, null, null));
        }
        return pairs;
    }

    /**
     * The order is signed (what approvePairsDelegate does, with the same bank and watch calls): each pair works from
     * today, the 30-day watch ends.
     */
    List<Pair> approve(List<Pair> proposed, LocalDate today) {
        return proposed.stream().map(pair -> {
            Pair working = pair.withTerm(today, today.plusMonths(pair.months()));
            mentees.approvePair(schoolId, pair.mentorId(), pair.menteeIds(), today, working.endDate());
            pair.menteeIds().forEach(menteeId -> watch.approved(schoolId, menteeId));
            return working;
        }).toList();
    }

    /** The process variables startPairsDelegate gives every MentoringPair. */
    static Map<String, Object> pairVariables(Pair pair, String schoolId) {
        Map<String, Object> variables = JointMeetingPairs.variables(pair, SCHOOL, CURATOR);
        variables.put("schoolId", schoolId);
        return variables;
    }

    String schoolId() {
        return schoolId;
    }

    long running(String processKey) {
        ProcessInstanceQuery query = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey);
        return query.count();
    }
}
