package ru.nastavnik.orders;

import ru.nastavnik.support.ProcessBeans;

/** The beans of processes/order-signing.bpmn as recorders, for the process tests of the models that call it. */
public final class OrderSigningBeans {

    public static final String SIGN_TASK = "Task_SignOrder";

    private OrderSigningBeans() {
    }

    /** The draft gets an id; a signed order a number; each tells the process whether the order is signed. */
    public static ProcessBeans addTo(ProcessBeans beans) {
        return beans.recorded("checkFormListener")
                .recorded("issueOrderDelegate", scope -> scope.setVariable(OrderVariables.ORDER_ID,
                        "order-" + scope.getVariable(OrderVariables.ORDER_KIND)))
                .recorded("signOrderDelegate", execution -> {
                    execution.setVariable(OrderVariables.ORDER_NUMBER, "12-о");
                    execution.setVariable(OrderVariables.ORDER_SIGNED, true);
                })
                .recorded("returnOrderDelegate", execution -> execution.setVariable(OrderVariables.ORDER_SIGNED, false));
    }

    /** The director's answer on the signing form. */
    public static java.util.Map<String, Object> signed() {
        return java.util.Map.of(OrderVariables.ORDER_DECISION, OrderVariables.SIGN);
    }
}
