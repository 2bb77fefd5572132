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

-- Tables used through plain JDBC (com.example.realcode.jdbc)
CREATE TABLE IF NOT EXISTS newsletter_subscriber (
    id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(320) NOT NULL
);

CREATE TABLE IF NOT EXISTS mailing_member (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    list_id BIGINT       NOT NULL,
    email   VARCHAR(320) NOT NULL,
    CONSTRAINT uq_mailing_member UNIQUE (list_id, email)
);

-- Tables used through R2DBC (com.example.realcode.reactive)
CREATE TABLE IF NOT EXISTS reactive_subscriber (
    id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(320) NOT NULL
);

CREATE TABLE IF NOT EXISTS reactive_member (
    id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    email VARCHAR(320) NOT NULL,
    CONSTRAINT uq_reactive_member_email UNIQUE (email)
);
