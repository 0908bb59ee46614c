package dev.digitarcade.engine;
