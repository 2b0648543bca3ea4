package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.common.Refused;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.school.Schools;

/**
 * The mentee bank: import from files and pasted rows, one by one from a form, and the life of a mentee in pairs
 * (assigned to a mentor, completed, returned to the bank). Refusals are {@link Refused}s; nothing is saved then.
 */
@Service
public class MenteeBank {

    private static final Logger log = LoggerFactory.getLogger(MenteeBank.class);
    private static final int MENTORING_FORM = 100;

    private final Mentees mentees;
    private final Mentors mentors;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final WorkProgress progress;
    private final Function<String, ZoneId> zones;

    @Autowired
    MenteeBank(Mentees mentees, Mentors mentors, Clock clock, ApplicationEventPublisher events, WorkProgress progress,
               Schools schools) {
        this(mentees, mentors, clock, events, progress, schoolId -> schools.require(schoolId).timeZone());
    }

    MenteeBank(Mentees mentees, Mentors mentors, Clock clock, ApplicationEventPublisher events, WorkProgress progress,
               Function<String, ZoneId> zones) {
        this.zones = zones;
        this.mentees = mentees;
        this.mentors = mentors;
        this.clock = clock;
        this.events = events;
        this.progress = progress;
    }

    /** Imports a CSV or XLSX file: good rows are saved, bad rows reported; a broken file is refused whole. */
    @Transactional
    public ImportReport importFile(String schoolId, String fileName, byte[] content) {
        return save(schoolId, Tables.read(fileName, content));
    }

    /** Imports rows copied from Excel (tab-separated, with the header row). */
    @Transactional
    public ImportReport importPasted(String schoolId, String text) {
        return save(schoolId, Tables.pasted(text));
    }

    /** What {@link #importPasted} would do, saving nothing. */
    @Transactional(readOnly = true)
    public ImportReport checkPasted(String schoolId, String text) {
        BankImport.Outcome<NewMentee> outcome = rows(schoolId).check(Tables.pasted(text), mentees.emails(schoolId));
        return outcome.report(outcome.accepted().size());
    }

    @Transactional
    public Mentee add(String schoolId, NewMentee mentee) {
        List<String> problems = new ArrayList<>(BankChecks.of(mentee, today(schoolId), Set.of()));
        if (problems.isEmpty() && mentees.emails(schoolId).contains(BankChecks.normalizedEmail(mentee.email()))) {
            problems.add(alreadyInBank().formatted(BankChecks.masked(BankChecks.normalizedEmail(mentee.email()))));
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems.stream().map(BankChecks::sentence).toList());
        }
        NewMentee entered = mentee.entryDate() != null ? mentee : new NewMentee(mentee.fullName(), mentee.email(),
                mentee.phone(), mentee.birthYear(), mentee.mainRequest(), mentee.subject(), mentee.workStartDate(),
                mentee.experienceYears(), today(schoolId));
        String id = insert(schoolId, List.of(entered)).get(0);
        return mentees.find(schoolId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Mentee> list(String schoolId) {
        return mentees.list(schoolId);
    }

    /**
     * For every mentee waiting for a mentor (by mentee id): the best mentor with a free place, with the reasons in
     * Russian. The banks are read once, however many mentees wait.
     */
    @Transactional(readOnly = true)
    public Map<String, MentorSuggestion> bestMentorsForWaiting(String schoolId) {
        return MentorSuggestions.best(
                mentees.list(schoolId).stream().filter(mentee -> mentee.status() == MenteeStatus.WAITING).toList(),
                mentors.list(schoolId));
    }

    @Transactional(readOnly = true)
    public Optional<Mentee> find(String schoolId, String id) {
        return mentees.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public int size(String schoolId) {
        return mentees.count(schoolId);
    }

    @Transactional(readOnly = true)
    public List<WaitingMentee> waitingMentees(String schoolId) {
        return mentees.waiting(schoolId);
    }

    /**
     * Proposes waiting mentees to a mentor, who then holds at most three places (proposed or in pairs); all or nothing.
     * The pair starts when both sides consented and the order is signed ({@link #approvePair}).
     */
    @Transactional
    public void proposePair(String schoolId, String mentorId, List<String> menteeIds, String mentoringForm, LocalDate start,
                            LocalDate end) {
        Mentor mentor = mentors.lock(schoolId, mentorId).orElseThrow(() -> new Refused(INVALID, "Наставник не найден в банке."));
        List<Mentee> pair = locked(schoolId, menteeIds);
        List<String> problems = new ArrayList<>();
        for (Mentee mentee : pair) {
            if (mentee.status() != MenteeStatus.WAITING) {
                problems.add(mentee.fullName() + " не ждёт наставника (статус: «" + mentee.status().title() + "»).");
            } else {
                MentorApproval.tooLate(mentee, today(schoolId)).ifPresent(problems::add);
            }
        }
        int current = mentees.countWithMentor(schoolId, mentorId);
        if (!MentorCapacity.allows(current, pair.size())) {
            problems.add("У наставника " + mentor.fullName() + " уже " + MentorCapacity.load(current)
                    + " наставляемых: одновременно можно не больше " + MentorCapacity.MAX_MENTEES
                    + ", свободных мест — " + MentorCapacity.freePlaces(current) + ".");
        }
        if (mentoringForm == null || mentoringForm.isBlank() || mentoringForm.length() > MENTORING_FORM) {
            problems.add("Укажите форму наставничества.");
        }
        if (!PairTerm.allows(start, end)) {
            problems.add(PairTerm.RULE);
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems);
        }
        for (Mentee mentee : pair) {
            mentees.propose(schoolId, mentee.id(), mentorId, mentoringForm.strip(), mentor.workplace(), end);
        }
        mentors.recordPair(schoolId, mentorId, mentoringForm.strip());
        log.info("Pair proposed: mentor {} with {} mentee(s)", mentorId, pair.size());
    }

    /**
     * Both sides consented and the order is signed: the pair works from now until {@code end}. The term and the 30 days
     * are checked again: consents and a returned order can take long.
     */
    @Transactional
    public void approvePair(String schoolId, String mentorId, List<String> menteeIds, LocalDate approvedOn, LocalDate end) {
        List<Mentee> pair = locked(schoolId, menteeIds);
        requireWith(mentorId, pair, MenteeStatus.PROPOSED);
        List<String> problems = new ArrayList<>();
        pair.forEach(mentee -> MentorApproval.tooLate(mentee, approvedOn).ifPresent(problems::add));
        if (!PairTerm.allows(approvedOn, end)) {
            problems.add(PairTerm.RULE);
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems);
        }
        pair.forEach(mentee -> mentees.approve(schoolId, mentee.id(),
                mentee.mentorApprovedOn() != null ? mentee.mentorApprovedOn() : approvedOn, end));
        log.info("Pair approved: mentor {} with {} mentee(s)", mentorId, pair.size());
    }

    /** The term moved (an absence of either side): the pair now ends on {@code end}. */
    @Transactional
    public void movePairEnd(String schoolId, String mentorId, List<String> menteeIds, LocalDate end) {
        List<Mentee> pair = locked(schoolId, menteeIds);
        requireWith(mentorId, pair, MenteeStatus.IN_PAIR);
        pair.forEach(mentee -> mentees.moveEnd(schoolId, mentee.id(), end));
    }

    /** The director allowed a mentor to be approved for this mentee after the 30 days, for the reason given. */
    @Transactional
    public void allowLateApproval(String schoolId, String menteeId, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new Refused(INVALID, "Укажите основание (до 1000 символов).");
        }
        locked(schoolId, List.of(menteeId));
        mentees.allowLateApproval(schoolId, menteeId, reason.strip());
    }

    /** The mentee no longer needs a mentor (left the school, or the director decided so). */
    @Transactional
    public void leaveBank(String schoolId, String menteeId) {
        Mentee mentee = locked(schoolId, List.of(menteeId)).get(0);
        if (mentee.status() != MenteeStatus.WAITING) {
            throw new Refused(INVALID, mentee.fullName() + " не ждёт наставника (статус: «" + mentee.status().title() + "»).");
        }
        mentees.leave(schoolId, menteeId);
    }

    /** The person signs in as this Camunda user: their consent and feedback tasks go to them. */
    @Transactional
    public void linkUser(String schoolId, String menteeId, String userId) {
        if (!mentees.linkUser(schoolId, menteeId, userId)) {
            throw new Refused(INVALID, "Наставляемый не найден в банке.");
        }
    }

    /**
     * Ends the pair for these mentees: completed, with the results; the mentor's places are free again.
     * A mentee who completed successfully becomes a mentor candidate (in the mentor bank, marked from_mentee).
     */
    @Transactional
    public void completePair(String schoolId, String mentorId, List<String> menteeIds, String results, boolean successful) {
        List<Mentee> pair = locked(schoolId, menteeIds);
        requireWith(mentorId, pair, MenteeStatus.IN_PAIR);
        List<String> problems = new ArrayList<>();
        if (results != null && results.length() > BankChecks.LONG_TEXT) {
            problems.add("Результаты длиннее " + BankChecks.LONG_TEXT + " символов.");
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems);
        }
        LocalDate today = today(schoolId);
        for (Mentee mentee : pair) {
            mentees.complete(schoolId, mentee.id(), results, successful, today);
            if (successful && !mentors.hasEmail(schoolId, mentee.email())) {
                mentors.insert(schoolId, List.of(new NewMentor(mentee.fullName(), mentee.email(), mentee.phone(), null,
                        mentee.subject(), List.of(), null, null, null, null, today)), true, now());
            }
        }
        mentors.recordCompletion(schoolId, mentorId, results, today);
        log.info("Pair completed: mentor {} with {} mentee(s), successful: {}", mentorId, pair.size(), successful);
    }

    private static void requireWith(String mentorId, List<Mentee> pair, MenteeStatus status) {
        List<String> problems = pair.stream()
                .filter(mentee -> mentee.status() != status || !mentorId.equals(mentee.mentorId()))
                .map(mentee -> mentee.fullName() + (status == MenteeStatus.PROPOSED
                        ? " не предложен(а) этому наставнику." : " не в паре с этим наставником."))
                .toList();
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems);
        }
    }

    /** The mentees wait for a mentor again (a consent was refused, or the pair ended early). */
    @Transactional
    public void returnToBank(String schoolId, List<String> menteeIds) {
        List<Mentee> returning = locked(schoolId, menteeIds);
        List<String> problems = returning.stream()
                .filter(mentee -> mentee.status() == MenteeStatus.COMPLETED)
                .map(mentee -> mentee.fullName() + " уже завершил программу.")
                .toList();
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems);
        }
        returning.forEach(mentee -> mentees.returnToBank(schoolId, mentee.id()));
    }

    private List<Mentee> locked(String schoolId, List<String> menteeIds) {
        if (menteeIds == null || menteeIds.isEmpty()) {
            throw new Refused(INVALID, "Не выбран ни один наставляемый.");
        }
        List<Mentee> found = mentees.lock(schoolId, List.copyOf(new LinkedHashSet<>(menteeIds)));
        if (found.contains(null)) {
            throw new Refused(INVALID, "Наставляемый не найден в банке.");
        }
        return found;
    }

    private ImportReport save(String schoolId, Table table) {
        progress.advance("Проверяем строки файла", 0, table.rows().size());
        BankImport.Outcome<NewMentee> outcome = rows(schoolId).check(table, mentees.emails(schoolId));
        progress.advance("Записываем наставляемых в банк", 0, outcome.accepted().size());
        insert(schoolId, outcome.accepted());
        log.info("Mentee bank import: {} row(s) saved, {} refused", outcome.accepted().size(), outcome.rejected().size());
        return outcome.report(outcome.accepted().size());
    }

    private List<String> insert(String schoolId, List<NewMentee> entered) {
        List<String> ids = mentees.insert(schoolId, entered, now());
        List<MenteesEntered.Entry> entries = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            NewMentee mentee = entered.get(i);
            entries.add(new MenteesEntered.Entry(ids.get(i), mentee.fullName().strip(), mentee.workStartDate(),
                    MentorApproval.dueBy(mentee.workStartDate(), mentee.entryDate() != null ? mentee.entryDate() : today(schoolId))));
        }
        if (!entries.isEmpty()) {
            events.publishEvent(new MenteesEntered(schoolId, entries));
        }
        return ids;
    }

    private BankImport<NewMentee> rows(String schoolId) {
        LocalDate today = today(schoolId);
        return new BankImport<>(MenteeColumns.ALL, cells -> MenteeColumns.read(cells, today),
                (mentee, alreadySaid) -> BankChecks.of(mentee, today, alreadySaid), NewMentee::email, alreadyInBank());
    }

    private static String alreadyInBank() {
        return "наставляемый с адресом %s уже есть в банке.";
    }

    /** Today by the school's clock: the 30 days end at the school's midnight, wherever the server runs. */
    private LocalDate today(String schoolId) {
        return LocalDate.now(clock.withZone(zones.apply(schoolId)));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
