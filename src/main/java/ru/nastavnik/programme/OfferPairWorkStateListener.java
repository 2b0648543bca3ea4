package ru.nastavnik.programme;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.modeling.ReadOnlyListener;
import ru.nastavnik.pair.PairOverview;
import ru.nastavnik.school.InstanceSchool;

/** Shows the curator, on «Подтвердить завершение работы пар», how many of the school's pairs still work. */
@Component("offerPairWorkStateListener")
@ReadOnlyListener
class OfferPairWorkStateListener implements TaskListener {

    static final String PROGRAMME_KEY = "programmeKey";

    private final PairOverview pairs;

    OfferPairWorkStateListener(PairOverview pairs) {
        this.pairs = pairs;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        task.setVariableLocal(PROGRAMME_KEY, key);
        String schoolId = InstanceSchool.of(task);
        task.setVariableLocal("pairsStarted", pairs.started(schoolId, key));
        task.setVariableLocal("pairsWorking", pairs.running(schoolId, key));
    }
}
