package ru.nastavnik.orders;

import ru.nastavnik.support.ProcessBeans;

/** The beans of processes/order-signing.bpmn as recorders, for the process tests of the models that call it. */
public final class OrderSigningBeans {

    public static final String SIGN_TASK = "Task_SignOrder";

    private OrderSigningBeans() {
    }

    /** The draft gets an id; the director's decision tells the process whether the order is signed (and numbered). */
    public static ProcessBeans addTo(ProcessBeans beans) {
        return beans.recorded("checkFormListener")
                .recorded("issueOrderDelegate", scope -> scope.setVariable(OrderVariables.ORDER_ID,
                        "order-" + scope.getVariable(OrderVariables.ORDER_KIND)))
                .recorded("recordOrderDecisionListener", task -> {
                    boolean signed = OrderVariables.SIGN.equals(task.getVariable(OrderVariables.ORDER_DECISION));
                    if (signed) {
                        task.setVariable(OrderVariables.ORDER_NUMBER, "12-о");
                    }
                    task.setVariable(OrderVariables.ORDER_SIGNED, signed);
                });
    }

    /** The director's answer on the signing form. */
    public static java.util.Map<String, Object> signed() {
        return java.util.Map.of(OrderVariables.ORDER_DECISION, OrderVariables.SIGN);
    }
}
