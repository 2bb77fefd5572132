--liquibase formatted sql

--changeset coupons:4-wallet-passes
CREATE TABLE wallet_passes (
    id          BIGSERIAL PRIMARY KEY,
    pass_token  VARCHAR(128) NOT NULL,
    customer_id BIGINT       NOT NULL
);
CREATE UNIQUE INDEX ux_wallet_passes_token ON wallet_passes (lower(pass_token));
--rollback DROP TABLE wallet_passes;
