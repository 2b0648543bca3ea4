package ru.nastavnik.registry;

import static ru.nastavnik.common.Refused.Kind.INVALID;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.common.Refused;

/** The mentor bank: import from files and pasted rows, one by one from a form, and who can take another mentee now. */
@Service
public class MentorBank {

    private static final Logger log = LoggerFactory.getLogger(MentorBank.class);

    private final Mentors mentors;
    private final Clock clock;

    MentorBank(Mentors mentors, Clock clock) {
        this.mentors = mentors;
        this.clock = clock;
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
        BankImport.Outcome<NewMentor> outcome = rows().check(Tables.pasted(text), mentors.emails(schoolId));
        return outcome.report(outcome.accepted().size());
    }

    @Transactional
    public Mentor add(String schoolId, NewMentor mentor) {
        List<String> problems = new ArrayList<>(BankChecks.of(mentor, today(), Set.of()));
        if (problems.isEmpty() && mentors.hasEmail(schoolId, mentor.email())) {
            problems.add(alreadyInBank().formatted(BankChecks.masked(BankChecks.normalizedEmail(mentor.email()))));
        }
        if (!problems.isEmpty()) {
            throw new Refused(INVALID, problems.stream().map(BankChecks::sentence).toList());
        }
        NewMentor entered = mentor.entryDate() != null ? mentor : new NewMentor(mentor.fullName(), mentor.email(),
                mentor.phone(), mentor.workplace(), mentor.competences(), mentor.tags(), mentor.achievements(),
                mentor.interests(), mentor.preferredMenteeProfile(), mentor.hoursPerMonth(), today());
        String id = mentors.insert(schoolId, List.of(entered), false, LocalDateTime.now(clock)).get(0);
        return mentors.find(schoolId, id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Mentor> list(String schoolId) {
        return mentors.list(schoolId);
    }

    @Transactional(readOnly = true)
    public Optional<Mentor> find(String schoolId, String id) {
        return mentors.find(schoolId, id);
    }

    @Transactional(readOnly = true)
    public int size(String schoolId) {
        return mentors.count(schoolId);
    }

    /** Links a mentor of the bank to their Camunda login, so their pair's tasks can be assigned to them. */
    @Transactional
    public void linkUser(String schoolId, String mentorId, String userId) {
        if (!mentors.linkUser(schoolId, mentorId, userId)) {
            throw new Refused(INVALID, "Наставник не найден в банке.");
        }
    }

    /** Mentors who have fewer than three mentees in a pair now, with their free places. */
    @Transactional(readOnly = true)
    public List<MentorCandidate> mentorsWithCapacity(String schoolId) {
        return mentors.list(schoolId).stream()
                .filter(mentor -> mentor.freePlaces() > 0)
                .map(mentor -> new MentorCandidate(mentor.id(), mentor.fullName(), mentor.tags(), mentor.freePlaces()))
                .toList();
    }

    private ImportReport save(String schoolId, Table table) {
        BankImport.Outcome<NewMentor> outcome = rows().check(table, mentors.emails(schoolId));
        mentors.insert(schoolId, outcome.accepted(), false, LocalDateTime.now(clock));
        log.info("Mentor bank import: {} row(s) saved, {} refused", outcome.accepted().size(), outcome.rejected().size());
        return outcome.report(outcome.accepted().size());
    }

    private BankImport<NewMentor> rows() {
        LocalDate today = today();
        return new BankImport<>(MentorColumns.ALL, cells -> MentorColumns.read(cells, today),
                (mentor, alreadySaid) -> BankChecks.of(mentor, today, alreadySaid), NewMentor::email, alreadyInBank());
    }

    private static String alreadyInBank() {
        return "наставник с адресом %s уже есть в банке.";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
