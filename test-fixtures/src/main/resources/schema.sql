-- Tables used through plain JDBC (com.example.referrals.service.ReferralCodeService)
CREATE TABLE IF NOT EXISTS referral_codes (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    code     VARCHAR(16) NOT NULL,
    owner_id BIGINT      NOT NULL
);

CREATE TABLE IF NOT EXISTS invitations (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    inviter_id BIGINT       NOT NULL,
    email      VARCHAR(320) NOT NULL,
    CONSTRAINT uq_invitation UNIQUE (inviter_id, email)
);
