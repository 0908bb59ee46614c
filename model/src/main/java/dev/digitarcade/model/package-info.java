package dev.digitarcade.model;
