package ru.nastavnik.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkProgressTest {

    private final WorkProgress progress = new WorkProgress();

    @Test
    void trackedWorkIsSeenWhileItRunsAndAfterItEnds() {
        String result = progress.track("upload-1", "Загрузка файла", () -> {
            progress.advance("Записываем наставляемых в банк", 30, 120);
            WorkProgress.Step step = progress.find("upload-1").orElseThrow();
            assertThat(step.running()).isTrue();
            assertThat(step.stage()).isEqualTo("Записываем наставляемых в банк");
            assertThat(step.percent()).isEqualTo(25);
            return "сохранено";
        });

        assertThat(result).isEqualTo("сохранено");
        WorkProgress.Step ended = progress.find("upload-1").orElseThrow();
        assertThat(ended.finished()).isTrue();
        assertThat(ended.failed()).isFalse();
        assertThat(ended.stage()).isEqualTo("Готово");
        assertThat(ended.percent()).isEqualTo(100);
    }

    @Test
    void failedWorkSaysNothingWasSaved() {
        assertThatThrownBy(() -> progress.track("forming-7", "Приказ № 7", () -> {
            progress.advance("Утверждаем наставников и сроки пар", 2, 10);
            throw new IllegalStateException("отказ");
        })).hasMessage("отказ");

        WorkProgress.Step ended = progress.find("forming-7").orElseThrow();
        assertThat(ended.failed()).isTrue();
        assertThat(ended.stage()).isEqualTo("Прервано: изменения не сохранены");
        assertThat(ended.done()).isEqualTo(2);
    }

    @Test
    void workNobodyTracksReportsIntoNothing() {
        progress.advance("Проверяем строки файла", 1, 2);
        assertThat(progress.recent()).isEmpty();
        assertThat(progress.track(null, "без номера", () -> 42)).isEqualTo(42);
        assertThat(progress.recent()).isEmpty();
    }

    @Test
    void aStepReportsToTheInnermostTrackedWork() {
        progress.track("outer", "Снаружи", () -> {
            progress.track("inner", "Внутри", () -> {
                progress.advance("внутренний шаг", 1, 4);
                return null;
            });
            progress.advance("внешний шаг", 3, 4);
            assertThat(progress.find("outer").orElseThrow().stage()).isEqualTo("внешний шаг");
            assertThat(progress.find("inner").orElseThrow().stage()).isEqualTo("Готово");
            return null;
        });

        assertThat(progress.recent()).extracting(WorkProgress.Step::id).containsExactlyInAnyOrder("outer", "inner");
    }
}
