-- A schema dump kept outside the resources, as ruoyi-vue-pro (sql/mysql/) and litemall
-- (litemall-db/sql/) keep theirs. Read for unique keys (realcode.keys fixtures).
DROP TABLE IF EXISTS `realcode_voucher`;
CREATE TABLE `realcode_voucher` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `code` varchar(63) NOT NULL COMMENT 'voucher code',
  `campaign` varchar(63) DEFAULT NULL,
  `phone` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='vouchers';
