package ru.nastavnik.orders;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import ru.nastavnik.common.MarkdownText;

/**
 * «Вернуть проект приказа на доработку»: the director's comment goes on the order; {@code orderSigned} is false. The rework
 * form's Markdown text shows the comment as typed ({@code orderReturnCommentText}, escaped): Tasklist drops markup it does
 * not allow, so «<b>…</b>» in the raw comment would vanish with its words.
 */
@Component("returnOrderDelegate")
class ReturnOrderDelegate implements JavaDelegate {

    private final Orders orders;

    ReturnOrderDelegate(Orders orders) {
        this.orders = orders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object typed = execution.getVariable(OrderVariables.ORDER_RETURN_COMMENT);
        String comment = typed == null ? null : typed.toString().strip();
        orders.returnForRework(execution.getTenantId(), OrderVariables.orderId(execution), comment);
        execution.setVariable("orderReturnCommentText", MarkdownText.escaped(comment));
        execution.getProcessInstance().setVariable(OrderVariables.ORDER_SIGNED, false);
    }
}
