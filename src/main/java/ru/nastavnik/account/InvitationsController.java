package ru.nastavnik.account;

import static ru.nastavnik.common.Refused.Kind.FORBIDDEN;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ru.nastavnik.common.Refused;
import ru.nastavnik.identity.CurrentUser;

/** A director or curator sends one of their school's people a new invitation letter: POST /api/accounts/{login}/invitation. */
@RestController
class InvitationsController {

    private final Accounts accounts;

    InvitationsController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/api/accounts/{login}/invitation")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Map<String, String> inviteAgain(@PathVariable String login, HttpServletRequest request) {
        if (!accounts.inviteAgain(CurrentUser.of(request).id(), login)) {
            throw new Refused(FORBIDDEN, "Новое письмо не отправлено: это не сотрудник вашей школы, или письмо ему уже "
                    + "отправлено несколько минут назад.");
        }
        return Map.of("message", "Новое письмо со ссылкой, чтобы задать пароль, отправлено.");
    }
}
