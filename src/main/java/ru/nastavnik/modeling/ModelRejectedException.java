package ru.nastavnik.modeling;

import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;

/** A deployment refused because a model breaks the rules; the message is read by the methodologist, so it is Russian. */
public class ModelRejectedException extends BadUserRequestException {

    private final List<String> problems;

    public ModelRejectedException(List<String> problems) {
        this("Развёртывание отклонено, ничего не сохранено. ", problems);
    }

    private ModelRejectedException(String lead, List<String> problems) {
        super(lead + String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    /** A model stored before these rules (or behind the engine's back) that breaks them: it is not run. */
    static ModelRejectedException storedModel(List<String> problems) {
        return new ModelRejectedException("Модель нарушает правила развёртывания и не выполняется: ни запустить, ни "
                + "продолжить по ней процесс нельзя. Разверните исправленную версию и перенесите на неё процессы. ", problems);
    }

    public List<String> problems() {
        return problems;
    }
}
