package ru.nastavnik.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.nastavnik.account.Accounts;
import ru.nastavnik.account.Person;
import ru.nastavnik.common.WorkProgress;
import ru.nastavnik.district.DistrictLists;
import ru.nastavnik.identity.Role;
import ru.nastavnik.school.School;
import ru.nastavnik.school.Schools;
import ru.nastavnik.support.TestMailServer;

/**
 * Scenario 5: a district adds its schools from one CSV list (directors included, each with an invitation letter) and
 * then its teachers (mentors and mentees, an account and a letter each), with the job executor of production sending
 * the letters; timed from the list's upload to the last letter at the SMTP server, each exactly once.
 */
final class BulkAccounts {

    private final ApplicationContext context;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final JobExecutionProperty settings;
    private final String tag = Region.tag().replaceAll("[^a-z0-9]", "a");

    BulkAccounts(ApplicationContext context, ProcessEngine engine, JdbcTemplate jdbc, JobExecutionProperty settings) {
        this.context = context;
        this.engine = engine;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Nanoseconds: {schools and directors added, teachers' accounts made, all letters delivered}. */
    long[] run(int schoolCount, int teachersPerSchool, Duration patience) {
        String district = "bulk" + tag;
        context.getBean(Schools.class).addDistrict(district, "Район массовой загрузки " + tag, "Нагрузочная область");
        StringBuilder csv = new StringBuilder("Полное название;Краткое название;Часовой пояс;Директор: ФИО;Директор: email\n");
        for (int i = 0; i < schoolCount; i++) {
            csv.append("Школа № ").append(i + 1).append(" (").append(tag).append(");Школа № ").append(i + 1)
                    .append(";МСК;Директорова Вера ").append(i).append(";d").append(i).append('.').append(tag).append("@district.example\n");
        }
        WorkProgress progress = context.getBean(WorkProgress.class);
        Accounts accounts = context.getBean(Accounts.class);
        // other classes may leave invitation jobs behind, which this job executor runs too: count this run's only
        String ours = "." + tag + "@district.example";
        int before = invitationsSent(ours);
        TestMailServer.purge();
        JobExecutor executor = TimerStorm.productionJobExecutor(engine, settings);
        long start = System.nanoTime();
        executor.start();
        try {
            List<School> schools = progress.track("bench-schools-" + tag, "Школы района",
                    () -> DistrictLists.addList(context, district, "schools-" + tag + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
            long schoolsDone = System.nanoTime() - start;
            List<Person> teachers = new ArrayList<>();
            List<String> schoolOf = new ArrayList<>();
            for (int s = 0; s < schools.size(); s++) {
                for (int t = 0; t < teachersPerSchool; t++) {
                    teachers.add(new Person("t" + s + "n" + t + "." + tag + "@district.example", "Учителева", s + "-" + t));
                    schoolOf.add(schools.get(s).id());
                }
            }
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < teachers.size(); i++) {
                indexes.add(i);
            }
            progress.track("bench-teachers-" + tag, "Учителя района", () -> {
                progress.forEach("Учётные записи учителей", indexes, i -> accounts.ensure(teachers.get(i), schoolOf.get(i),
                        i % 2 == 0 ? Role.MENTOR : Role.MENTEE));
                return null;
            });
            long accountsDone = System.nanoTime() - start;
            int expected = schoolCount + teachers.size();
            await(expected + " invitation letters delivered").atMost(patience).pollInterval(Duration.ofSeconds(1))
                    .until(() -> {
                        int sent = invitationsSent(ours) - before;
                        System.out.println("Bulk: letters sent " + sent + " of " + expected);
                        return sent >= expected && lettersTo(ours).size() >= expected;
                    });
            long lettersDone = System.nanoTime() - start;
            List<MimeMessage> letters = lettersTo(ours);
            Set<String> addresses = new HashSet<>();
            letters.forEach(letter -> addresses.addAll(TestMailServer.recipients(letter)));
            assertThat(letters).as("one letter per account at the SMTP server").hasSize(expected);
            assertThat(addresses).as("each address once").hasSize(expected);
            assertThat(invitationsSent(ours) - before).as("nst_sent_mail: one key per letter").isEqualTo(expected);
            return new long[] {schoolsDone, accountsDone, lettersDone};
        } finally {
            executor.shutdown();
        }
    }

    private int invitationsSent(String addressEnd) {
        return jdbc.queryForObject("select count(*) from nst_sent_mail m join nst_account_invitation i on m.mail_key = 'account-invitation:' || i.id "
                + "where i.user_id like ?", Integer.class, "%" + addressEnd);
    }

    private static List<MimeMessage> lettersTo(String addressEnd) {
        return TestMailServer.received().stream()
                .filter(letter -> TestMailServer.recipients(letter).stream().anyMatch(address -> address.endsWith(addressEnd))).toList();
    }
}
