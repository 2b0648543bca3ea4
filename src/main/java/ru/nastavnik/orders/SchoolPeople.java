package ru.nastavnik.orders;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.Role;
import ru.nastavnik.school.SchoolGroups;

/** Names of the school's people for orders, whoever completes the task that issues them. */
@Component
class SchoolPeople {

    private final IdentityService identity;

    SchoolPeople(IdentityService identity) {
        this.identity = identity;
    }

    /** «Фамилия Имя Отчество» of a Camunda user, or the id itself when nobody has it. */
    String fullName(String userId) {
        User user = withoutAuthorization(() -> identity.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : fullName(user);
    }

    /** The first director of the school, by id; empty while the school has none. */
    Optional<String> directorName(String schoolId) {
        List<User> directors = withoutAuthorization(() -> identity.createUserQuery()
                .memberOfGroup(SchoolGroups.of(schoolId, Role.DIRECTOR)).orderByUserId().asc().listPage(0, 1));
        return directors.stream().findFirst().map(SchoolPeople::fullName);
    }

    private static String fullName(User user) {
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
                + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }

    /** The person completing a task may not read other users; the order still needs their names. */
    private static <T> T withoutAuthorization(Callable<T> query) {
        CommandContext command = Context.getCommandContext();
        try {
            return command == null ? query.call() : command.runWithoutAuthorization(query);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
