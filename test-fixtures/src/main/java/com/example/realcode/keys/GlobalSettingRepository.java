package com.example.realcode.keys;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GlobalSettingRepository extends JpaRepository<GlobalSetting, String> {

    boolean existsByDescription(String description);
}
