package ru.nastavnik.questionnaire;

import org.springframework.http.HttpStatus;

/** What the questionnaire page says instead of the questions, politely and without a word about anyone else. */
enum PageMessage {

    NOT_FOUND(HttpStatus.NOT_FOUND, "Ссылка не найдена",
            "Такой анкеты нет. Проверьте, что ссылка скопирована из письма целиком. Если ошибки нет, обратитесь к куратору "
                    + "программы наставничества."),
    ANSWERED(HttpStatus.GONE, "Анкета уже заполнена",
            "Ответы по этой ссылке уже получены — спасибо! Ссылка работает один раз, поэтому изменить ответы нельзя."),
    EXPIRED(HttpStatus.GONE, "Срок ответа истёк",
            "Анкету можно было заполнить до %s включительно; анкетирование завершено. Если вы хотели ответить, сообщите куратору "
                    + "программы наставничества."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Форма не принята",
            "Ответы отправлены не со страницы анкеты или страница устарела. Откройте ссылку из письма ещё раз и отправьте ответы снова."),
    THANKS(HttpStatus.OK, "Спасибо!", "Ваши ответы сохранены. Страницу можно закрыть."),
    FAILED(HttpStatus.INTERNAL_SERVER_ERROR, "Не удалось сохранить ответы",
            "Попробуйте ещё раз чуть позже. Если не получится, сообщите куратору программы наставничества.");

    private final HttpStatus status;
    private final String heading;
    private final String text;

    PageMessage(HttpStatus status, String heading, String text) {
        this.status = status;
        this.heading = heading;
        this.text = text;
    }

    HttpStatus status() {
        return status;
    }

    String heading() {
        return heading;
    }

    String text(Object... details) {
        return text.formatted(details);
    }
}
