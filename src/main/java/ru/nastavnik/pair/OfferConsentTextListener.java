package ru.nastavnik.pair;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.common.MarkdownText;
import ru.nastavnik.modeling.ReadOnlyListener;

/** Puts the proposal into words on the consent form: who, with whom, for how long, in which form; the names as typed, never as markup. */
@Component("offerConsentTextListener")
@ReadOnlyListener
class OfferConsentTextListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Pair pair = Pair.of(task.getVariable(PairVariables.PAIR));
        boolean mentor = StepProperties.participant(task) == PersonKind.MENTOR;
        String menteeName = mentor ? String.join(", ", pair.menteeNames())
                : pair.menteeNames().get(pair.menteeIds().indexOf((String) task.getVariable(PairVariables.MENTEE_ID)));
        String mentorName = MarkdownText.escaped(pair.mentorName());
        String text = mentor
                ? "Наставник **" + mentorName + "** — наставляемые: **" + MarkdownText.escaped(menteeName) + "**."
                : "Наставляемый **" + MarkdownText.escaped(menteeName) + "** — наставник: **" + mentorName + "**.";
        task.setVariableLocal("consentText", text + " Форма наставничества: «" + MarkdownText.escaped(pair.form())
                + "», срок: " + pair.months() + " мес. Наставничество начнётся после приказа директора.");
    }
}
