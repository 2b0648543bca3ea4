package ru.nastavnik.pair;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Written consents (nst_consent) of a school's pairs: who was asked, the answer, who recorded it and when. */
@Repository
class ConsentRecords {

    record Consent(String pairId, PersonKind kind, String personId, boolean agreed, String comment, String recordedBy,
                   LocalDateTime recordedAt) { }

    private final JdbcTemplate jdbc;

    ConsentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Insert only: a legal record is never replaced (the primary key refuses a second answer of the same person). */
    void record(String schoolId, Consent consent) {
        jdbc.update("""
                insert into nst_consent (school_id, pair_id, person_kind, person_id, agreed, comment, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", schoolId, consent.pairId(), consent.kind().name(), consent.personId(),
                consent.agreed(), consent.comment(), consent.recordedBy(), consent.recordedAt());
    }

    List<Consent> of(String schoolId, String pairId) {
        return jdbc.query("select * from nst_consent where school_id = ? and pair_id = ? order by recorded_at", (rs, n) -> new Consent(
                rs.getString("pair_id"), PersonKind.valueOf(rs.getString("person_kind")), rs.getString("person_id"),
                rs.getBoolean("agreed"), rs.getString("comment"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", LocalDateTime.class)), schoolId, pairId);
    }

    /** Consented: the mentor and every mentee of the pair agreed, and nobody refused. */
    boolean allAgreed(String schoolId, Pair pair) {
        List<Consent> consents = of(schoolId, pair.pairId());
        return consents.stream().allMatch(Consent::agreed) && mentorAgreed(pair, consents) && menteesAgreed(pair, consents);
    }

    static boolean mentorAgreed(Pair pair, List<Consent> consents) {
        return consents.stream().anyMatch(c -> c.kind() == PersonKind.MENTOR && c.personId().equals(pair.mentorId()) && c.agreed());
    }

    static boolean menteesAgreed(Pair pair, List<Consent> consents) {
        return pair.menteeIds().stream().allMatch(mentee -> consents.stream()
                .anyMatch(c -> c.kind() == PersonKind.MENTEE && c.personId().equals(mentee) && c.agreed()));
    }
}
