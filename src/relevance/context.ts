/**
 * Context vocabulary: words that say a text is about company communication and social media
 * (CONTEXT) or clearly about something else (OFF_TOPIC: sport, weather, cooking, travel expenses,
 * IT maintenance). They never make an argument relevant on their own; they tell how much a single
 * ambiguous signal can be trusted. "Kritik" in "Der Trainer steht in der Kritik" is sport;
 * "Kritik" in "Kunden kritisieren uns auf Twitter" is our business.
 *
 * Written as base forms like the signals (same compiler, same stemming and compound splitting).
 */
import type { Localized } from '../catalog/types';

/** Words of the domain: company, communication, marketing, social platforms. */
export const CONTEXT: Localized<string[]> = {
  de: [
    'Social Media', 'soziale Medien', 'soziale Netzwerke', 'Netzwerk', 'Twitter', 'Facebook', 'LinkedIn', 'Instagram',
    'TikTok', 'YouTube', 'Xing', 'Mastodon', 'Threads', 'Bluesky', 'Blog', 'bloggen', 'Post', 'posten', 'Beitrag',
    'Tweet', 'twittern', 'Kanal', 'Plattform', 'Account', 'Profil', 'Follower', 'folgen', 'Fans', 'Community',
    'Kommentar', 'kommentieren', 'liken', 'Likes', 'teilen', 'online', 'Internet', 'Netz', 'Web', 'digital',
    'Unternehmen', 'Firma', 'Organisation', 'Konzern', 'Marke', 'Produkt', 'Kunde', 'Kundin', 'Mitarbeiter',
    'Mitarbeiterin', 'Mitarbeitende', 'Beschäftigte', 'Team', 'Kommunikation', 'kommunizieren', 'Öffentlichkeitsarbeit',
    'PR', 'Pressestelle', 'Presse', 'Marketing', 'Kampagne', 'Strategie', 'Content', 'Image', 'Geschäftsleitung',
    'Management', 'Vertrieb', 'Personalabteilung', 'HR', 'Öffentlichkeit', 'Medien', 'Website', 'Homepage',
    'Kundenservice', 'Kundendienst', 'Service', 'Sortiment', 'Kundschaft', 'Zielgruppe',
  ],
  en: [
    'social media', 'social network', 'network', 'Twitter', 'Facebook', 'LinkedIn', 'Instagram', 'TikTok', 'YouTube',
    'Mastodon', 'Threads', 'Bluesky', 'blog', 'blogging', 'post', 'posting', 'tweet', 'channel', 'platform', 'account',
    'profile', 'follower', 'fans', 'community', 'comment', 'likes', 'online', 'internet', 'web',
    'digital', 'company', 'business', 'organisation', 'organization', 'firm', 'corporate', 'brand', 'product', 'customer',
    'client', 'employee', 'team', 'communication', 'communicate', 'comms', 'PR', 'public relations', 'press', 'marketing',
    'campaign', 'strategy', 'content', 'image', 'management', 'sales', 'HR', 'public', 'media', 'website',
    'customer service', 'audience',
  ],
};

/** Words of other domains the extension meets: sport, weather, cooking, travel expenses, IT maintenance. */
export const OFF_TOPIC: Localized<string[]> = {
  de: [
    'Tor', 'Spiel', 'Spieltag', 'Bundesliga', 'Trainer', 'Schiedsrichter', 'Elfmeter', 'Abseits', 'Halbzeit', 'Stürmer',
    'Verteidiger', 'Torwart', 'Pokal', 'Meisterschaft', 'Tabelle', 'Saison', 'Stadion', 'Wetter', 'Regen', 'Sonne',
    'Gewitter', 'Schnee', 'Temperatur', 'Grad', 'Wind', 'Unwetter', 'Wettervorhersage', 'Rezept', 'Teig', 'Mehl',
    'Zucker', 'Butter', 'Backofen', 'Esslöffel', 'Teelöffel', 'Gramm', 'backen', 'kochen', 'umrühren', 'Zutaten',
    'Kuchen', 'Reisekosten', 'Spesen', 'Beleg', 'Quittung', 'Hotelrechnung', 'Kilometerpauschale', 'Erstattung',
    'Wartung', 'Wartungsarbeiten', 'Passwort', 'Server', 'Update', 'Drucker', 'Ticket', 'VPN', 'Neustart', 'Störung',
    'Kundenkarte', 'Gutschein', 'Coupon', 'Sonderangebot', 'Aktionspreis', 'Rabattaktion', 'Sale',
  ],
  en: [
    'goal', 'match', 'league', 'coach', 'referee', 'penalty', 'offside', 'half-time', 'striker', 'defender',
    'goalkeeper', 'cup', 'championship', 'season', 'stadium', 'score', 'weather', 'rain', 'sunny', 'thunderstorm', 'snow',
    'temperature', 'degrees', 'wind', 'forecast', 'recipe', 'dough', 'flour', 'sugar', 'butter', 'oven', 'tablespoon',
    'teaspoon', 'grams', 'bake', 'stir', 'ingredients', 'cake', 'travel expenses', 'expense', 'receipt', 'invoice',
    'mileage', 'reimbursement', 'maintenance', 'password', 'server', 'update', 'printer', 'ticket', 'VPN', 'reboot', 'outage',
    'loyalty card', 'voucher', 'coupon', 'special offer', 'promo code', 'on sale', 'order more', 'stationery',
  ],
};
