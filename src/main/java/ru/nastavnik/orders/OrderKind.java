package ru.nastavnik.orders;

/** The orders the mentoring programme issues, with the titles they carry on paper. */
public enum OrderKind {

    INTRODUCE_MODEL("О внедрении целевой модели наставничества педагогических работников"),
    APPROVE_REGULATIONS("Об утверждении Положения о наставничестве"),
    APPROVE_ROADMAP("Об утверждении дорожной карты реализации целевой модели наставничества"),
    APPOINT_CURATOR("О назначении куратора программы наставничества"),
    FORM_PAIRS("О формировании наставнических пар (групп)"),
    EXTEND_PAIR("О продлении срока наставничества"),
    TERMINATE_PAIR("О досрочном прекращении наставничества"),
    PROGRAMME_RESULTS("Об итогах реализации программы наставничества и поощрении наставников");

    private final String title;

    OrderKind(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
