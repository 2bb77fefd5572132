/**
 * Shapes met in the development set of real race fixes (bench/devset/cases.json) that the analysis
 * did not follow; each class names the case it follows (no code copied): MyBatis mappers whose
 * writes are {@code <insert>} / {@code <delete>} statements or {@code @Insert} / {@code @Delete}
 * annotations (shenyu-appauth-missing-tx), Spring Data repository fragments
 * (sde-partyhat-missing-tx), and a scheduled job whose write is made by the {@code @EventListener}
 * of an event it publishes (mypill-scheduler-notifications).
 */
package com.example.realcode.devset;
