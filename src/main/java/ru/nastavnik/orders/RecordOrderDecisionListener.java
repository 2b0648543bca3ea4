package ru.nastavnik.orders;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import ru.nastavnik.identity.CompletedBy;

/**
 * On completing the director's signing task (after the form check): signs the order or returns it with the
 * comment, and tells the process which it was in {@code orderSigned}.
 */
@Component("recordOrderDecisionListener")
class RecordOrderDecisionListener implements TaskListener {

    private final Orders orders;
    private final IdentityService identity;

    RecordOrderDecisionListener(Orders orders, IdentityService identity) {
        this.orders = orders;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        String orderId = (String) task.getVariable(OrderVariables.ORDER_ID);
        if (orderId == null) {
            throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " decides on an order, but orderId is not set");
        }
        Object decision = task.getVariable(OrderVariables.ORDER_DECISION);
        boolean signed;
        if (OrderVariables.SIGN.equals(decision)) {
            int number = orders.sign(orderId, CompletedBy.of(identity));
            task.getExecution().getProcessInstance().setVariable(OrderVariables.ORDER_NUMBER, number);
            signed = true;
        } else if (OrderVariables.RETURN.equals(decision)) {
            Object comment = task.getVariable(OrderVariables.ORDER_RETURN_COMMENT);
            orders.returnForRework(orderId, comment == null ? null : comment.toString().strip());
            signed = false;
        } else {
            throw new IllegalStateException("orderDecision must be sign or return, was " + decision);
        }
        task.getExecution().getProcessInstance().setVariable(OrderVariables.ORDER_SIGNED, signed);
    }
}
