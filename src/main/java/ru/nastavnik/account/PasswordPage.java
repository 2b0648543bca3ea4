package ru.nastavnik.account;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.account.InvitationTerms.LinkState;
import ru.nastavnik.common.Refused;
import ru.nastavnik.common.RussianDates;
import ru.nastavnik.identity.PasswordRules;

/**
 * «Задайте пароль» behind an invitation link, /account/password/{token}, and the page to ask for a new letter,
 * /account/letter: public, no login (the token is the key). A used or expired link says so and offers a new letter;
 * asking for one answers the same whatever the address, so the page tells nobody who has an account.
 */
@Controller
class PasswordPage {

    static final String PATH = "/account/password/";
    static final String ASKED = "Если для этого адреса есть учётная запись, которой ещё не задан пароль, новое письмо со "
            + "ссылкой придёт в течение нескольких минут. Проверьте и папку «Спам».";

    private final Passwords passwords;
    private final Accounts accounts;

    PasswordPage(Passwords passwords, Accounts accounts) {
        this.passwords = passwords;
        this.accounts = accounts;
    }

    @GetMapping(PATH + "{token}")
    ModelAndView show(@PathVariable String token, HttpServletResponse response) {
        guard(response);
        Passwords.Link link = passwords.open(token);
        return link.state() == LinkState.VALID ? form(link.invitation(), token, null) : refusal(link.state());
    }

    @PostMapping(PATH + "{token}")
    ModelAndView set(@PathVariable String token, @RequestParam(required = false) String password,
                     @RequestParam(required = false) String repeated, HttpServletResponse response) {
        guard(response);
        try {
            LinkState state = passwords.set(token, password, repeated);
            if (state != LinkState.VALID) {
                return refusal(state);
            }
        } catch (Refused refused) {
            Passwords.Link link = passwords.open(token);
            if (link.state() != LinkState.VALID) {
                return refusal(link.state());
            }
            ModelAndView page = form(link.invitation(), token, refused.getMessage());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        ModelAndView done = message("Пароль задан", "Пароль сохранён. Войдите в систему «Наставник» со своим логином и новым паролем.",
                HttpStatus.OK);
        done.addObject("signIn", true);
        return done;
    }

    @GetMapping("/account/letter")
    ModelAndView letterForm(HttpServletResponse response) {
        guard(response);
        return new ModelAndView("account/letter");
    }

    @PostMapping("/account/letter")
    ModelAndView askAgain(@RequestParam(required = false) String email, HttpServletResponse response) {
        guard(response);
        accounts.askAgain(email);
        return message("Запрос принят", ASKED, HttpStatus.OK);
    }

    private ModelAndView form(Invitation invitation, String token, String problem) {
        ModelAndView page = new ModelAndView("account/password");
        page.addObject("login", passwords.login(invitation));
        page.addObject("until", RussianDates.format(invitation.expiresAt().toLocalDate()));
        page.addObject("rules", PasswordRules.RULES);
        page.addObject("problem", problem);
        page.addObject("action", PATH + token);
        return page;
    }

    private static ModelAndView refusal(LinkState state) {
        ModelAndView page = switch (state) {
            case USED -> message("Ссылка уже использована",
                    "По этой ссылке пароль уже задан: она действует только один раз. Войдите со своим паролем; если вы его "
                            + "не помните, обратитесь к куратору или директору школы: они пришлют новое письмо.", HttpStatus.GONE);
            case EXPIRED -> message("Срок ссылки истёк",
                    "Ссылка из письма действует семь дней, и этот срок прошёл. Попросите новое письмо со ссылкой.", HttpStatus.GONE);
            default -> message("Ссылка не найдена",
                    "Такой ссылки нет: возможно, адрес скопирован не полностью. Откройте ссылку из письма ещё раз или "
                            + "попросите новое письмо.", HttpStatus.NOT_FOUND);
        };
        page.addObject("askAgain", true);
        return page;
    }

    private static ModelAndView message(String heading, String text, HttpStatus status) {
        ModelAndView page = new ModelAndView("account/message");
        page.addObject("heading", heading);
        page.addObject("text", text);
        page.addObject("signIn", false);
        page.addObject("askAgain", false);
        page.setStatus(status);
        return page;
    }

    /** The token is in the address: never cached, never sent to another site as a referrer, never indexed, never framed. */
    private static void guard(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
}
