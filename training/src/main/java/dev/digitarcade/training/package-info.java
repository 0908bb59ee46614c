package dev.digitarcade.training;
