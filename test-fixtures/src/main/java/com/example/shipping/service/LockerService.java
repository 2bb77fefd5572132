package com.example.shipping.service;

import com.example.common.DomainException;
import com.example.common.NotFoundException;
import com.example.shipping.domain.ParcelLocker;
import com.example.shipping.mapper.ParcelLockerMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Locker slot bookkeeping through {@link ParcelLockerMapper}, whose SQL is in an XML mapper file. */
@Service
public class LockerService {

    private final ParcelLockerMapper lockerMapper;

    public LockerService(ParcelLockerMapper lockerMapper) {
        this.lockerMapper = lockerMapper;
    }

    public void occupySlot(Long lockerId) {
        ParcelLocker locker = lockerMapper.selectByPrimaryKey(lockerId);
        if (locker == null) {
            throw new NotFoundException("parcel locker", lockerId);
        }
        if (locker.getFreeSlots() == 0) {
            throw new DomainException("parcel locker " + lockerId + " is full");
        }
        locker.setFreeSlots(locker.getFreeSlots() - 1);
        lockerMapper.updateByPrimaryKey(locker); // expect: lost-update
    }

    @Transactional(isolation = Isolation.REPEATABLE_READ)
    public void collect(String lockerCode, int parcels) {
        ParcelLocker locker = lockerMapper.selectByCode(lockerCode);
        lockerMapper.updateFreeSlots(locker.getId(), locker.getFreeSlots() + parcels); // expect: lost-update-weak-isolation
    }

    @Transactional
    public void retire(Long lockerId) {
        ParcelLocker locker = lockerMapper.selectByPrimaryKey(lockerId);
        locker.setStatus("RETIRED");
        lockerMapper.updateByPrimaryKey(locker); // blind: no lost update; but a full write over an atomic update // expect: stale-overwrite
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: the XML <update> is atomic and guarded ("free_slots = free_slots - #{count} ... >= #{count}")
    public boolean reserve(Long lockerId, int count) {
        return lockerMapper.reserveSlots(lockerId, count) == 1;
    }

    // safe: the read only validates; the XML <update> is an atomic "free_slots = free_slots + #{count}"
    public void release(String lockerCode, int count) {
        ParcelLocker locker = lockerMapper.selectByCode(lockerCode);
        if (locker == null) {
            throw new NotFoundException("parcel locker", lockerCode);
        }
        lockerMapper.releaseSlots(locker.getId(), count);
    }

    // safe: SELECT ... FOR UPDATE (XML) inside the transaction
    @Transactional
    public void resize(Long lockerId, int capacity) {
        ParcelLocker locker = lockerMapper.selectByPrimaryKeyForUpdate(lockerId);
        int occupied = locker.getCapacity() - locker.getFreeSlots();
        locker.setCapacity(capacity);
        locker.setFreeSlots(capacity - occupied);
        lockerMapper.updateByPrimaryKey(locker);
    }

    // safe: blind write of a caller-supplied value after a physical count, nothing read first
    public void recount(Long lockerId, int freeSlots) {
        lockerMapper.updateFreeSlots(lockerId, freeSlots);
    }
}
