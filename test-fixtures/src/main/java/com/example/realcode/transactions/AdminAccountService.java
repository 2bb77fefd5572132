package com.example.realcode.transactions;

import org.springframework.stereotype.Service;

/**
 * Shape of litemall's {@code AdminAdminController.delete} (the admin row deleted, then an admin
 * log row through {@code LogHelper}) and ruoyi-vue-pro's {@code AdminAuthServiceImpl.logout} (the
 * token removed, then a login log inserted): when the log insert fails only a log line is lost,
 * so the finding is a note. Two real writes plus a log row stay a warning.
 */
@Service
public class AdminAccountService {

    private final AdminUserRepository admins;
    private final OperationLogRepository logs;
    private final PurchaseOrderRepository orders;

    public AdminAccountService(AdminUserRepository admins, OperationLogRepository logs, PurchaseOrderRepository orders) {
        this.admins = admins;
        this.logs = logs;
        this.orders = orders;
    }

    /** Note: one real write, then a log line. */
    public void delete(Long id) {
        admins.deleteById(id);
        logs.save(new OperationLog("admin " + id + " deleted")); // expect: missing-transaction
    }

    /** Warning: the admin is disabled and their open order cancelled in separate commits, then logged. */
    public void disable(Long id, Long openOrderId) {
        AdminUser admin = admins.findById(id).orElseThrow();
        admin.setState("DISABLED");
        admins.save(admin);
        PurchaseOrder order = orders.findById(openOrderId).orElseThrow();
        order.setState("CANCELLED");
        orders.save(order); // expect: missing-transaction
        logs.save(new OperationLog("admin " + id + " disabled"));
    }
}
