package dev.digitarcade.game;
