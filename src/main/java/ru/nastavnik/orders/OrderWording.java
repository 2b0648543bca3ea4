package ru.nastavnik.orders;

import ru.nastavnik.common.RussianDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ru.nastavnik.programme.MentoringForm;

/** The body of each kind of order, in the words Russian school orders use, from whatever facts are known. */
final class OrderWording {

    private static final String ORDERS = "ПРИКАЗЫВАЮ:";
    private static final String CONTROL = "Контроль за исполнением настоящего приказа оставляю за собой.";
    private static final String SITE = "на официальном сайте образовательной организации в разделе «Наставничество»";

    private OrderWording() {
    }

    static List<String> paragraphs(OrderKind kind, OrderFacts facts) {
        String year = facts.schoolYear();
        String curator = facts.curatorName().map(name -> " " + name).orElse("");
        List<String> items = new ArrayList<>();
        String preamble;
        List<String> after = new ArrayList<>();
        switch (kind) {
            case INTRODUCE_MODEL -> {
                preamble = "В целях содействия профессиональному росту педагогических работников, адаптации молодых "
                        + "специалистов и развития системы наставничества в образовательной организации";
                items.add("Внедрить целевую модель наставничества педагогических работников в " + year + " учебном году"
                        + facts.date("programmeStartDate").map(date -> " с " + date).orElse("") + ".");
                items.add(facts.text("workingGroup")
                        .map(group -> "Создать рабочую группу по внедрению целевой модели наставничества в составе: " + group + ".")
                        .orElse("Создать рабочую группу по внедрению целевой модели наставничества."));
                facts.curatorName().ifPresent(name -> items.add(
                        "Назначить ответственным за внедрение целевой модели наставничества куратора программы наставничества " + name + "."));
                items.add("Рабочей группе подготовить проект Положения о наставничестве и дорожную карту реализации "
                        + "целевой модели наставничества и представить их на рассмотрение педагогического совета.");
            }
            case APPROVE_REGULATIONS -> {
                preamble = "На основании решения педагогического совета" + protocol(facts)
                        + ", в целях реализации целевой модели наставничества педагогических работников";
                items.add("Утвердить Положение о наставничестве педагогических работников (приложение к настоящему приказу).");
                items.add("Ввести Положение о наставничестве в действие с "
                        + facts.date("regulationsApprovalDate").orElse(RussianDates.format(facts.orderDate())) + ".");
                items.add("Куратору программы наставничества" + curator + " ознакомить педагогических работников "
                        + "с Положением о наставничестве и разместить его " + SITE + ".");
            }
            case APPROVE_ROADMAP -> {
                preamble = "В целях реализации целевой модели наставничества педагогических работников в " + year + " учебном году";
                items.add("Утвердить дорожную карту реализации целевой модели наставничества педагогических работников на "
                        + year + " учебный год (приложение к настоящему приказу).");
                items.add("Куратору программы наставничества" + curator + " обеспечить выполнение мероприятий дорожной карты "
                        + "в установленные сроки.");
                items.add("Разместить дорожную карту " + SITE + ".");
            }
            case APPOINT_CURATOR -> {
                preamble = "В целях организации работы по реализации целевой модели наставничества педагогических работников";
                items.add("Назначить куратором программы наставничества педагогических работников на " + year + " учебный год "
                        + facts.curatorName().orElse("____________________") + ".");
                items.add("Возложить на куратора программы наставничества формирование базы наставников и наставляемых, "
                        + "организацию работы наставнических пар (групп), мониторинг реализации программы наставничества "
                        + "и ведение раздела «Наставничество» на официальном сайте образовательной организации.");
                facts.text("workingGroup").ifPresent(group -> items.add(
                        "Утвердить состав рабочей группы по реализации программы наставничества: " + group + "."));
            }
            case FORM_PAIRS -> {
                preamble = "В соответствии с Положением о наставничестве"
                        + facts.date("regulationsApprovalDate").map(date -> " (утверждено " + date + ")").orElse("")
                        + ", на основании письменного согласия наставников и наставляемых";
                items.add(facts.pairs().isEmpty()
                        ? "Сформировать наставнические пары (группы) на " + year + " учебный год по представлению куратора "
                                + "программы наставничества."
                        : "Сформировать наставнические пары (группы) на " + year + " учебный год и закрепить наставников "
                                + "за наставляемыми согласно списку, приведённому ниже.");
                items.add("Наставникам совместно с наставляемыми в течение месяца разработать индивидуальные планы развития.");
                items.add("Куратору программы наставничества" + curator + " осуществлять контроль работы наставнических пар (групп).");
                facts.text("pairSummary").ifPresent(after::add);
            }
            case EXTEND_PAIR -> {
                preamble = "В соответствии с Положением о наставничестве";
                items.add("Продлить " + facts.date("newEndDate").map(date -> "до " + date + " ").orElse("")
                        + "срок наставничества в наставнической паре (группе): " + pair(facts) + ".");
                items.add("Наставнику внести изменения в индивидуальный план развития наставляемого.");
                facts.text("reason").ifPresent(reason -> after.add("Основание: " + reason + "."));
            }
            case TERMINATE_PAIR -> {
                preamble = "В соответствии с Положением о наставничестве";
                items.add("Досрочно прекратить с " + RussianDates.format(facts.orderDate())
                        + " наставничество в наставнической паре (группе): " + pair(facts) + ".");
                items.add("Куратору программы наставничества" + curator + " внести изменения в базу наставников и наставляемых.");
                facts.text("reason").ifPresent(reason -> after.add("Основание: " + reason + "."));
            }
            case PROGRAMME_RESULTS -> {
                preamble = "По итогам реализации программы наставничества педагогических работников в " + year + " учебном году";
                items.add("Принять к сведению итоги реализации программы наставничества педагогических работников в "
                        + year + " учебном году" + facts.text("programmeSummary").map(summary -> ": " + summary).orElse("") + ".");
                List<String> mentors = facts.pairs().stream().map(OrderFacts.Pair::mentorName)
                        .filter(name -> !name.isBlank()).distinct().toList();
                items.add(mentors.isEmpty()
                        ? "Объявить благодарность наставникам за добросовестную работу с наставляемыми."
                        : "Объявить благодарность наставникам за добросовестную работу с наставляемыми: "
                                + String.join(", ", mentors) + ".");
                items.add("Куратору программы наставничества" + curator + " разместить итоги " + SITE
                        + " и пополнить базу успешных практик наставничества.");
            }
            default -> throw new IllegalArgumentException("No wording for " + kind);
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(preamble + ",");
        paragraphs.add(ORDERS);
        for (int i = 0; i < items.size(); i++) {
            paragraphs.add((i + 1) + ". " + items.get(i));
        }
        paragraphs.add((items.size() + 1) + ". " + CONTROL);
        paragraphs.addAll(after);
        return paragraphs;
    }

    /** The pairs listed in a pair-forming order; null for every other kind or when no pairs are known. */
    static OrderTable table(OrderKind kind, OrderFacts facts) {
        List<OrderFacts.Pair> pairs = facts.pairs();
        if (kind != OrderKind.FORM_PAIRS || pairs.isEmpty()) {
            return null;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            OrderFacts.Pair pair = pairs.get(i);
            rows.add(List.of(String.valueOf(i + 1), pair.mentorName(), String.join(", ", pair.menteeNames()),
                    MentoringForm.inText(pair.form()),
                    pair.months() == null ? "" : String.valueOf(pair.months())));
        }
        return new OrderTable(List.of("№ п/п", "Наставник", "Наставляемый (наставляемые)", "Форма наставничества", "Срок, мес."),
                rows);
    }

    private static String protocol(OrderFacts facts) {
        Optional<String> date = facts.date("councilDate");
        Optional<String> number = facts.text("councilProtocolNumber");
        if (date.isEmpty() && number.isEmpty()) {
            return "";
        }
        return " (протокол" + date.map(d -> " от " + d).orElse("") + number.map(n -> " № " + n).orElse("") + ")";
    }

    private static String pair(OrderFacts facts) {
        return "наставник — " + facts.text("mentorName").orElse("____________________")
                + ", наставляемый (наставляемые) — " + facts.names("menteeNames").orElse("____________________");
    }
}
