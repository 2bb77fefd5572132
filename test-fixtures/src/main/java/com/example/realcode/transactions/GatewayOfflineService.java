package com.example.realcode.transactions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * Shape of ruoyi-vue-pro's {@code IotDeviceServiceImpl.updateDeviceState} / {@code
 * handleGatewayOffline} and {@code handleTopoDeleteMessage}: the gateway is marked offline, then
 * each sub-device in a loop, each item in a try/catch that logs and goes on. One item failing
 * leaves the others done by design (best effort per item): a note. Without the per-item
 * try/catch, or with the try/catch around the whole loop, it stays a warning.
 */
@Service
public class GatewayOfflineService {

    private static final Logger log = LoggerFactory.getLogger(GatewayOfflineService.class);

    private final DeviceRepository devices;

    public GatewayOfflineService(DeviceRepository devices) {
        this.devices = devices;
    }

    /** Note: each sub-device is taken offline in its own try/catch. */
    public void gatewayOffline(Long gatewayId, List<Long> subDeviceIds) {
        markOffline(gatewayId);
        for (Long subId : subDeviceIds) {
            try {
                markOffline(subId); // expect: missing-transaction
            } catch (RuntimeException ex) {
                log.error("sub-device {} could not be taken offline", subId, ex);
            }
        }
    }

    /** Warning: no per-item try/catch, one failure stops the loop half-way. */
    public void gatewayOfflineAll(Long gatewayId, List<Long> subDeviceIds) {
        markOffline(gatewayId);
        for (Long subId : subDeviceIds) {
            markOffline(subId); // expect: missing-transaction
        }
    }

    /** Warning: the try/catch spans the whole loop, not one item. */
    public void gatewayOfflineGuarded(Long gatewayId, List<Long> subDeviceIds) {
        markOffline(gatewayId);
        try {
            for (Long subId : subDeviceIds) {
                markOffline(subId); // expect: missing-transaction
            }
        } catch (RuntimeException ex) {
            log.error("gateway {} sub-devices could not be taken offline", gatewayId, ex);
        }
    }

    private void markOffline(Long id) {
        Device device = devices.findById(id).orElseThrow();
        device.setState("OFFLINE");
        devices.save(device);
    }
}
