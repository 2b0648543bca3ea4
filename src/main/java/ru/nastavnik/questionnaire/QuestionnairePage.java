package ru.nastavnik.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import ru.nastavnik.common.RussianDates;
import ru.nastavnik.identity.CrossSiteRequests;

/**
 * The questionnaire behind a personal link, /q/{token}: public, no login — the token is the key, and it opens exactly one
 * person's questionnaire. A post must come from our own page (Origin) and carry the form's nonce; the answers are
 * checked against the version the person was sent, and stored once. Logs name the invitation, never the token.
 */
@Controller
@RequestMapping("/q")
class QuestionnairePage {

    static final String NONCE = "nonce";
    private static final Logger log = LoggerFactory.getLogger(QuestionnairePage.class);

    private final Links links;
    private final QuestionnaireVersions versions;
    private final Answers answers;
    private final Clock clock;

    QuestionnairePage(Links links, QuestionnaireVersions versions, Answers answers, Clock clock) {
        this.links = links;
        this.versions = versions;
        this.answers = answers;
        this.clock = clock;
    }

    @GetMapping("/{token}")
    ModelAndView show(@PathVariable String token, HttpServletResponse response) {
        guard(response);
        Optional<Invitation> invitation = links.invitation(token);
        Optional<ModelAndView> refusal = refusal(invitation);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        return form(invitation.get(), token, Map.of(), Map.of());
    }

    @PostMapping("/{token}")
    ModelAndView answer(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        guard(response);
        Optional<Invitation> found = links.invitation(token);
        Optional<ModelAndView> refusal = refusal(found);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Invitation invitation = found.get();
        if (!CrossSiteRequests.sameOrigin(request) || !sameNonce(invitation, request.getParameter(NONCE))) {
            log.warn("Questionnaire invitation {}: a post without the page's origin or nonce refused", invitation.id());
            return message(PageMessage.FORBIDDEN);
        }
        List<Question> questions = questions(invitation);
        AnswerCheck.Result checked = AnswerCheck.check(questions, request.getParameterMap());
        if (!checked.accepted()) {
            ModelAndView page = form(invitation, token, checked.answers(), checked.problems());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        return switch (answers.store(invitation.schoolId(), invitation.id(), checked.answers())) {
            case STORED -> {
                log.info("Questionnaire invitation {} answered", invitation.id());
                yield message(PageMessage.THANKS);
            }
            case ALREADY_ANSWERED -> message(PageMessage.ANSWERED);
            case CLOSED -> expired(invitation);
        };
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletResponse response) {
        log.error("Questionnaire page failed", e);
        guard(response);
        return message(PageMessage.FAILED);
    }

    private Optional<ModelAndView> refusal(Optional<Invitation> invitation) {
        if (invitation.isEmpty()) {
            return Optional.of(message(PageMessage.NOT_FOUND));
        }
        if (invitation.get().answered()) {
            return Optional.of(message(PageMessage.ANSWERED));
        }
        if (invitation.get().closed(LocalDateTime.now(clock))) {
            return Optional.of(expired(invitation.get()));
        }
        return Optional.empty();
    }

    private List<Question> questions(Invitation invitation) {
        return versions.get(invitation.versionHash()).questionnaire().questionsFor(invitation.kind(), invitation.role());
    }

    private ModelAndView form(Invitation invitation, String token, Map<String, List<String>> given, Map<String, String> problems) {
        Questionnaire questionnaire = versions.get(invitation.versionHash()).questionnaire();
        Map<String, List<String>> entered = new LinkedHashMap<>();
        List<Question> questions = questions(invitation);
        questions.forEach(question -> entered.put(question.id(), given.getOrDefault(question.id(), List.of())));
        ModelAndView page = new ModelAndView("questionnaire/form");
        page.addObject("heading", QuestionnaireWording.heading(invitation.kind()));
        page.addObject("title", questionnaire.title());
        page.addObject("intro", questionnaire.intro());
        page.addObject("name", invitation.personName());
        page.addObject("schoolName", invitation.schoolName());
        page.addObject("until", RussianDates.format(invitation.expiresAt().toLocalDate()));
        page.addObject("questions", questions);
        page.addObject("entered", entered);
        page.addObject("problems", problems);
        page.addObject("action", "/q/" + token);
        page.addObject("nonceField", NONCE);
        page.addObject("nonce", invitation.formNonce());
        return page;
    }

    private static ModelAndView expired(Invitation invitation) {
        return message(PageMessage.EXPIRED, RussianDates.format(invitation.expiresAt().toLocalDate()));
    }

    private static ModelAndView message(PageMessage message, Object... details) {
        ModelAndView page = new ModelAndView("questionnaire/message");
        page.addObject("heading", message.heading());
        page.addObject("text", message.text(details));
        page.setStatus(message.status());
        return page;
    }

    private static boolean sameNonce(Invitation invitation, String given) {
        return given != null && MessageDigest.isEqual(invitation.formNonce().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token is in the address: never cached, never sent to another site as a referrer, never indexed, never framed,
     * no scripts. (Not "no-referrer": browsers then send "Origin: null" with the form, and the origin check refuses it.)
     */
    private static void guard(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
    }
}
