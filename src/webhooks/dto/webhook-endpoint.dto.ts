import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { EVENT_TYPES } from '../../events/event-catalog';

export const MAX_SECRET_OVERLAP_SECONDS = 7 * 86_400;
export const DEFAULT_SECRET_OVERLAP_SECONDS = 86_400;

export class CreateWebhookEndpointDto {
  @ApiProperty({
    maxLength: 2048,
    example: 'https://ats.example.com/hooks/passerelle',
    description: 'https in production; must resolve to a public address.',
  })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({
    enum: EVENT_TYPES,
    isArray: true,
    example: ['alumnus.consent_withdrawn', 'alumnus.erased'],
    description: "Event types to receive (those of the owner's kind).",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true })
  eventTypes: string[];

  @ApiPropertyOptional({ maxLength: 500, example: 'Our ATS (production)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({
    maxLength: 254,
    example: 'integrations@ats.example.com',
    description: 'Emailed when the endpoint is disabled for failing.',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  alertEmail?: string;
}

export class UpdateWebhookEndpointDto {
  @ApiPropertyOptional({ maxLength: 2048 }) @IsOptional() @IsString() @MaxLength(2048) url?: string;

  @ApiPropertyOptional({ enum: EVENT_TYPES, isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENT_TYPES.length)
  @IsIn(EVENT_TYPES, { each: true })
  eventTypes?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500 }) @IsOptional() @IsString() @MaxLength(500) description?:
    string | null;
  @ApiPropertyOptional({ description: 'Enabling a disabled endpoint restarts its failure clock.' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 }) @IsOptional() @IsEmail() @MaxLength(254) alertEmail?:
    string | null;
}

export class RotateWebhookSecretDto {
  @ApiPropertyOptional({
    minimum: 0,
    maximum: MAX_SECRET_OVERLAP_SECONDS,
    default: DEFAULT_SECRET_OVERLAP_SECONDS,
    description: 'How long the current secret keeps signing beside the new one (0 = stop now).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_SECRET_OVERLAP_SECONDS)
  previousSecretExpiresInSeconds?: number;
}

export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'https://ats.example.com/hooks/passerelle' }) url: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: EVENT_TYPES, isArray: true }) eventTypes: string[];
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why the endpoint is disabled.' }) disabledReason: string | null;
  @ApiProperty({ type: String, nullable: true }) alertEmail: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Failing without a success since then.' }) failingSince:
    string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class WebhookEndpointPageDto {
  @ApiProperty({ type: [WebhookEndpointDto] }) data: WebhookEndpointDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class WebhookEndpointCreatedDto {
  @ApiProperty({ type: WebhookEndpointDto }) endpoint: WebhookEndpointDto;
  @ApiProperty({
    description: 'The signing secret, shown once. Verify deliveries with a Standard Webhooks library.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  })
  secret: string;
}

export class WebhookSecretDto {
  @ApiProperty({ description: 'The new signing secret, shown once.', example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }) secret: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Until when the previous secret also signs.' })
  previousSecretExpiresAt: string | null;
}

export class WebhookAttemptDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) deliveryId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'uuid',
    description: 'The event id, also the `webhook-id` header (null for a ping).',
  })
  eventId: string | null;
  @ApiProperty() eventType: string;
  @ApiProperty({ enum: ['scheduled', 'manual', 'test'] }) trigger: string;
  @ApiProperty() url: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty() durationMs: number;
  @ApiProperty({ type: Number, nullable: true, description: 'HTTP status of the answer (null when none came).' }) responseStatus:
    number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The first 1024 bytes of the answer.' }) responseBody: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['ssrf_blocked', 'timeout', 'connection', 'http'] }) errorKind: string | null;
  @ApiProperty() succeeded: boolean;
}

export class WebhookAttemptPageDto {
  @ApiProperty({ type: [WebhookAttemptDto] }) data: WebhookAttemptDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() eventType: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed'] }) status: string;
  @ApiProperty() attemptCount: number;
  @ApiProperty({ format: 'date-time', description: 'When a pending delivery is tried next.' }) nextAttemptAt: string;
  @ApiProperty({ type: Number, nullable: true }) lastResponseStatus: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) data: WebhookDeliveryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
